"use client";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { Link } from "@/i18n/navigation";
import { linkClass } from "./auth-page";
import { isInvalidToken } from "@/components/forms/server-error";
import { NOTHING_POSTED, type Posted } from "./posted";
import { fieldValue } from "./use-hydrated";
import { usePostedErrorText } from "./use-posted-error-text";

/** Sets a new password from the emailed link; every session of the account ends. */
export function ResetPasswordForm({ token, posted = NOTHING_POSTED }: { token: string; posted?: Posted }) {
  const t = useTranslations("auth");
  const tValidation = useTranslations("validation");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const reset = useMutation(trpc.account.resetPassword.mutationOptions());
  const locale = useLocale();
  const postedText = usePostedErrorText(posted);
  const [mismatch, setMismatch] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = fieldValue(form, "password");
    const differ = password !== fieldValue(form, "confirmPassword");
    setMismatch(differ);
    if (!differ) reset.mutate({ token, password });
  }

  if (reset.isSuccess) {
    return (
      <>
        <Alert tone="success">{t("resetPassword.success")}</Alert>
        <Link href={{ pathname: "/sign-in", query: { email: reset.data.email } }} className={linkClass}>
          {t("resetPassword.signInLink")}
        </Link>
      </>
    );
  }

  if ((reset.isError && isInvalidToken(reset.error)) || (!reset.isError && posted.error === "INVALID_TOKEN")) return <InvalidResetLink />;

  const passwordError = errorText.field(reset.error, "password");
  return (
    <form method="post" action="/api/forms/reset-password" onSubmit={onSubmit}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {reset.isError && !passwordError && <Alert tone="error">{errorText.message(reset.error)}</Alert>}
      {!reset.isError && postedText && <Alert tone="error">{postedText}</Alert>}
      <TextField
        label={t("fields.newPassword")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        maxLength={200}
        hint={t("fields.passwordHint")}
        error={passwordError}
      />
      <TextField
        label={t("fields.confirmPassword")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        maxLength={200}
        error={mismatch ? tValidation("passwordMismatch") : null}
      />
      <Button type="submit" disabled={reset.isPending} className="w-full">
        {reset.isPending ? t("resetPassword.submitting") : t("resetPassword.submit")}
      </Button>
    </form>
  );
}

/** The reset link is unknown, used or expired: offer a new one. */
export function InvalidResetLink() {
  const t = useTranslations("auth");
  return (
    <Alert tone="error">
      {t.rich("resetPassword.invalidToken", {
        link: (chunks) => (
          <Link href="/forgot-password" className="font-medium underline">
            {chunks}
          </Link>
        ),
      })}
    </Alert>
  );
}
