// The auth forms as plain HTML form posts (no JavaScript needed): each form posts
// application/x-www-form-urlencoded to /api/forms/<form>, which calls the same use case as the
// tRPC procedure (or, for signing in, the same `authenticate()` as next-auth's credentials
// provider) and answers 303 See Other: the next page, or the form's page with `?error=<key>`
// that the page shows as a translated message. With JavaScript the forms keep their enhanced path.
import { encode } from "next-auth/jwt";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { authenticate } from "../accounts/authenticate";
import { confirmEmailChange } from "../accounts/confirm-email-change";
import { requestPasswordReset } from "../accounts/request-password-reset";
import { resetPassword } from "../accounts/reset-password";
import { requestPasswordResetInput, resetPasswordInput, signInInput, signUpInput, tokenInput } from "../accounts/schemas";
import { signUp } from "../accounts/sign-up";
import { verifyEmail } from "../accounts/verify-email";
import type { RequestMeta, UseCaseContext } from "../context";
import { env } from "../env";
import { isDomainError } from "../errors";
import { clientAddress } from "../http/client-address";

export const FORM_POSTS = ["sign-in", "sign-up", "verify-email", "forgot-password", "reset-password", "confirm-email-change"] as const;
export type FormPost = (typeof FORM_POSTS)[number];
export const isFormPost = (value: string): value is FormPost => (FORM_POSTS as readonly string[]).includes(value);

/** Where the browser goes next, and the session cookie to set (signing in only). */
export type FormPostOutcome = { location: string; session?: { name: string; value: string; secure: boolean; maxAge: number } };

const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

const text = (form: URLSearchParams, name: string) => form.get(name) ?? "";

/** `?error=` for a refusal: the domain code, or the first field's message key ("validation.…"). */
function errorKey(error: unknown): { error: string; retry?: number } {
  if (!isDomainError(error)) return { error: "UNKNOWN" };
  const firstField = error.fields ? Object.values(error.fields)[0]?.[0] : undefined;
  if (error.code === "VALIDATION" && firstField) return { error: firstField };
  const retry = error.details.retryAfterSeconds;
  return typeof retry === "number" ? { error: error.code, retry } : { error: error.code };
}

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== "") search.set(key, String(value));
  const s = search.toString();
  return s ? `${path}?${s}` : path;
}

/** A parse failure as `?error=`: the first issue's message key. */
function invalid(result: z.ZodSafeParseError<unknown>): { error: string } {
  return { error: result.error.issues[0]?.message ?? "VALIDATION" };
}

/** Runs a use case; its refusal becomes `?error=` on the form's page. */
async function attempt(run: () => Promise<string>, back: (query: Record<string, string | number | undefined>) => string): Promise<FormPostOutcome> {
  try {
    return { location: await run() };
  } catch (error) {
    if (!isDomainError(error)) console.error("form post failed:", error);
    return { location: back(errorKey(error)) };
  }
}

/** As afterSignInPath (components/auth/callback-url.ts): a page of this site in this language, else the dashboard. */
function afterSignIn(locale: string, callbackUrl: string): string {
  const fallback = `/${locale}/dashboard`;
  const origin = new URL(env().NEXTAUTH_URL).origin;
  try {
    const url = new URL(callbackUrl || fallback, origin);
    return url.origin === origin && url.pathname.startsWith(`/${locale}/`) ? `${url.pathname}${url.search}` : fallback;
  } catch {
    return fallback;
  }
}

type Query = Record<string, string | number | undefined>;

/** An emailed link's button: its token (malformed or spent → INVALID_TOKEN back on the link's page), its use case, then `next`. */
async function linkButton(form: URLSearchParams, linkPage: (query: Query) => string, use: (token: string) => Promise<Query>, next: (query: Query) => string): Promise<FormPostOutcome> {
  const token = text(form, "token").slice(0, 200);
  const back = (query: Query) => linkPage({ token, ...query });
  const parsed = tokenInput.safeParse({ token });
  if (!parsed.success) return { location: back({ error: "INVALID_TOKEN" }) };
  return attempt(async () => next(await use(parsed.data.token)), back);
}

export async function handleFormPost(name: FormPost, form: URLSearchParams, headers: Headers): Promise<FormPostOutcome> {
  const requested = text(form, "locale");
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const meta: RequestMeta = { ip: clientAddress(headers, env().TRUSTED_PROXY), userAgent: headers.get("user-agent"), locale };
  const ctx: UseCaseContext = { db: getDb().db, viewer: null, meta };
  const page = (path: string) => (query: Record<string, string | number | undefined>) => withQuery(`/${locale}${path}`, query);

  switch (name) {
    case "sign-in": {
      const callbackUrl = text(form, "callbackUrl").slice(0, 500);
      const back = page("/sign-in");
      const parsed = signInInput.safeParse({ email: text(form, "email"), password: text(form, "password") });
      if (!parsed.success) return { location: back({ error: "invalid_credentials", email: text(form, "email").slice(0, 254), callbackUrl }) };
      const result = await authenticate(ctx.db, parsed.data, meta);
      if (!result.ok) {
        const retry = result.reason === "rate_limited" ? result.retryAfterSeconds : undefined;
        return { location: back({ error: result.reason, retry, email: parsed.data.email, callbackUrl }) };
      }
      // The same JWT next-auth's callbacks make (server/auth/options.ts): the user id and the session version.
      const secure = env().NEXTAUTH_URL.startsWith("https:");
      const value = await encode({ token: { uid: result.userId, sv: result.sessionVersion, sub: result.userId }, secret: env().NEXTAUTH_SECRET, maxAge: SESSION_MAX_AGE });
      return {
        location: afterSignIn(locale, callbackUrl),
        session: { name: secure ? "__Secure-next-auth.session-token" : "next-auth.session-token", value, secure, maxAge: SESSION_MAX_AGE },
      };
    }
    case "sign-up": {
      const back = page("/sign-up");
      if (text(form, "password") !== text(form, "confirmPassword")) return { location: back({ error: "validation.passwordMismatch" }) };
      const parsed = signUpInput.safeParse({ name: text(form, "name"), email: text(form, "email"), password: text(form, "password"), locale });
      if (!parsed.success) return { location: back(invalid(parsed)) };
      return attempt(async () => {
        await signUp(ctx, parsed.data);
        return back({ sent: parsed.data.email });
      }, back);
    }
    case "forgot-password": {
      const back = page("/forgot-password");
      const parsed = requestPasswordResetInput.safeParse({ email: text(form, "email"), locale });
      if (!parsed.success) return { location: back(invalid(parsed)) };
      return attempt(async () => {
        await requestPasswordReset(ctx, parsed.data);
        return back({ sent: parsed.data.email });
      }, back);
    }
    case "reset-password": {
      const token = text(form, "token").slice(0, 200);
      const back = (query: Record<string, string | number | undefined>) => page("/reset-password")({ token, ...query });
      if (text(form, "password") !== text(form, "confirmPassword")) return { location: back({ error: "validation.passwordMismatch" }) };
      const parsed = resetPasswordInput.safeParse({ token, password: text(form, "password") });
      if (!parsed.success) return { location: back(parsed.error.issues[0]?.path[0] === "token" ? { error: "INVALID_TOKEN" } : invalid(parsed)) };
      return attempt(async () => {
        const { email } = await resetPassword(ctx, parsed.data);
        return page("/sign-in")({ email, reset: 1 });
      }, back);
    }
    // The button of an emailed link, posted without script (with script, the verify-email page
    // calls the procedure; the email-change page has none): the link's use case, then sign-in.
    case "verify-email":
      return linkButton(form, page("/verify-email"), async (token) => ({ email: (await verifyEmail(ctx, { token })).email, verified: 1 }), page("/sign-in"));
    case "confirm-email-change":
      return linkButton(form, page("/confirm-email"), async (token) => ({ email: (await confirmEmailChange(ctx, { token })).email, emailChanged: 1 }), page("/sign-in"));
  }
}
