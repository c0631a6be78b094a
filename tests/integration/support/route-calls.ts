// Requests a browser on the app's own pages would send, through the real route handlers.
import { expect } from "vitest";
import * as authRoute from "../../../app/api/auth/[...nextauth]/route";
import * as trpcRoute from "../../../app/api/trpc/[trpc]/route";
import { appOrigin, callRoute, sessionCookieFor } from "./route-handler";

/** A tRPC mutation posted as JSON from the app's own origin by `user`, with extra headers. */
export async function postMutationAs(user: { id: string; sessionVersion: number }, procedure: string, input: unknown, headers: Record<string, string> = {}) {
  const request = new Request(`${appOrigin()}/api/trpc/${procedure}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: appOrigin(), cookie: await sessionCookieFor(user), ...headers },
    body: JSON.stringify(input),
  });
  return callRoute(trpcRoute, { page: "/api/trpc/[trpc]/route", params: { trpc: procedure } }, request);
}

/** A CSRF token and its cookie, as next-auth's sign-in page gets them. */
export async function nextAuthCsrf(): Promise<{ token: string; cookie: string }> {
  const response = await callRoute(authRoute, { page: "/api/auth/[...nextauth]/route", params: { nextauth: ["csrf"] } }, new Request(`${appOrigin()}/api/auth/csrf`));
  expect(response.status).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { token: csrfToken, cookie: response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") };
}

/** The credentials sign-in as the sign-in form posts it, from `origin` (default: the app's own). */
export async function postSignIn(email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
  const { token, cookie } = await nextAuthCsrf();
  const body = new URLSearchParams({ csrfToken: token, email, password, json: "true" });
  const request = new Request(`${appOrigin()}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: appOrigin(), cookie, ...headers },
    body,
  });
  return callRoute(authRoute, { page: "/api/auth/[...nextauth]/route", params: { nextauth: ["callback", "credentials"] } }, request);
}
