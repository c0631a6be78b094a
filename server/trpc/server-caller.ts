import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createTRPCContext } from "./context";
import { createCaller } from "./root";

/** Server Components call procedures through this caller: same checks as the HTTP API, no HTTP hop. */
export const serverCaller = cache(async (locale = "en") => {
  const h = new Headers(await headers());
  h.set("x-southbridge-locale", locale);
  return createCaller(await createTRPCContext({ headers: h }));
});
