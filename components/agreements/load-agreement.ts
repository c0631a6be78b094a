import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { idSchema } from "@/server/institutions/schemas";
import { serverCaller } from "@/server/trpc/server-caller";

/** A refusal to read (not there, not a party, bad id) is a 404 page: the page never says whether it exists. */
export function notFoundOnRefusal<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (error instanceof TRPCError && ["NOT_FOUND", "FORBIDDEN", "BAD_REQUEST"].includes(error.code)) notFound();
    throw error;
  });
}

/** An agreement as its page shows it (agreements.byId: same checks as the API); once per request. */
export const loadAgreement = cache(async (locale: string, agreementId: string) => {
  if (!idSchema.safeParse(agreementId).success) notFound();
  const api = await serverCaller(locale);
  return notFoundOnRefusal(api.agreements.byId({ agreementId }));
});

export type LoadedAgreement = Awaited<ReturnType<typeof loadAgreement>>;
