"use client";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/forms/field";
import { Link } from "@/i18n/navigation";
import { linkClass } from "./auth-page";
import { afterSignInPath } from "./callback-url";
import { NOTHING_POSTED, type Posted } from "./posted";
import { fieldValue } from "./use-hydrated";

type Failure = "invalid_credentials" | "email_not_verified" | "account_suspended" | "rate_limited" | "unknown" | "network";

/** next-auth's `error` for a refused sign-in; a back-off comes as "rate_limited:<seconds>". */
function failureOf(error: string | null | undefined): { failure: Failure; retryAfterSeconds: number } {
  const limited = /^rate_limited:(\d+)$/.exec(error ?? "");
  if (limited) return { failure: "rate_limited", retryAfterSeconds: Number(limited[1]) };
  const known = error === "invalid_credentials" || error === "email_not_verified" || error === "account_suspended";
  return { failure: known ? error : "unknown", retryAfterSeconds: 0 };
}

/** Email + password form; on success the browser loads the next page so the header shows the session. */
export function SignInForm({ callbackUrl, initialEmail = "", posted = NOTHING_POSTED }: { callbackUrl: string | null; initialEmail?: string; posted?: Posted }) {
  const t = useTranslations("auth");
  const tErrors = useTranslations("errors");
  const locale = useLocale();
  const postedFailure = posted.error ? failureOf(posted.error === "rate_limited" ? `rate_limited:${posted.retryAfterSeconds}` : posted.error) : null;
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(postedFailure?.failure ?? null);
  const [retryAfterSeconds, setRetryAfterSeconds] = useState(postedFailure?.retryAfterSeconds ?? 0);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = fieldValue(form, "email");
    const password = fieldValue(form, "password");
    setPending(true);
    setFailure(null);
    try {
      const result = await signIn("credentials", { redirect: false, email, password });
      if (result && !result.error) {
        window.location.assign(afterSignInPath(locale, callbackUrl, window.location.origin));
        return; // stays pending while the browser navigates
      }
      const refused = failureOf(result?.error);
      setFailure(refused.failure);
      setRetryAfterSeconds(refused.retryAfterSeconds);
    } catch {
      setFailure("network");
    }
    setPending(false);
  }

  return (
    // Without JavaScript the browser posts the form itself (server/auth/form-posts.ts); with it, onSubmit signs in in place.
    <form method="post" action="/api/forms/sign-in" onSubmit={onSubmit}>
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      {failure === "invalid_credentials" && <Alert tone="error">{t("signIn.errors.invalid_credentials")}</Alert>}
      {failure === "email_not_verified" && (
        <Alert tone="error">
          {t.rich("signIn.errors.email_not_verified", {
            link: (chunks) => (
              <Link href="/forgot-password" className="font-medium underline">
                {chunks}
              </Link>
            ),
          })}
        </Alert>
      )}
      {failure === "account_suspended" && <Alert tone="error">{t("signIn.errors.account_suspended")}</Alert>}
      {failure === "rate_limited" && (
        <Alert tone="error">{tErrors("RATE_LIMITED", { retryAfterSeconds, retryAfterMinutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) })}</Alert>
      )}
      {failure === "unknown" && <Alert tone="error">{tErrors("UNKNOWN")}</Alert>}
      {failure === "network" && <Alert tone="error">{tErrors("NETWORK")}</Alert>}
      <TextField
        label={t("fields.email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={initialEmail}
      />
      <TextField
        label={t("fields.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <div className="mb-6 text-sm">
        <Link href="/forgot-password" className={linkClass}>
          {t("signIn.forgotPassword")}
        </Link>
      </div>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("signIn.submitting") : t("signIn.submit")}
      </Button>
    </form>
  );
}
