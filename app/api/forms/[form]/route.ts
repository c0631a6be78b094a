import type { NextRequest } from "next/server";
import { handleFormPost, isFormPost } from "@/server/auth/form-posts";
import { guardWrites } from "@/server/http/guard-writes";

type RouteContext = { params: Promise<{ form: string }> };

/** The auth forms posted without JavaScript (server/auth/form-posts.ts): same origin, urlencoded, 303 to the next page. */
async function post(request: NextRequest, context: RouteContext): Promise<Response> {
  const { form } = await context.params;
  if (!isFormPost(form)) return new Response(null, { status: 404 });
  const outcome = await handleFormPost(form, new URLSearchParams(await request.text()), request.headers);
  const headers = new Headers({ location: outcome.location, "cache-control": "no-store" });
  if (outcome.session) {
    const { name, value, secure, maxAge } = outcome.session;
    headers.append("set-cookie", `${name}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`);
  }
  return new Response(null, { status: 303, headers });
}

export const POST = guardWrites(post, { mediaType: "application/x-www-form-urlencoded" });
