"use client";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { NOTHING_POSTED, type Posted } from "./posted";
import { fieldValue } from "./use-hydrated";
import { usePostedErrorText } from "./use-posted-error-text";
import { Section } from "@/components/ui/section";

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordForm({ posted = NOTHING_POSTED }: { posted?: Posted }) {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const locale = useLocale();
  const trpc = useTRPC();
  const request = useMutation(trpc.account.requestPasswordReset.mutationOptions());
  const postedText = usePostedErrorText(posted);
  const [sentTo, setSentTo] = useState<string | null>(posted.sent);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = fieldValue(new FormData(event.currentTarget), "email").trim();
    request.mutate({ email: address, locale: isLocale(locale) ? locale : DEFAULT_LOCALE }, { onSuccess: () => setSentTo(address) });
  }

  if (sentTo) {
    return (
      <Section id="reset-sent-title" title={t("forgotPassword.sentTitle")} className="rounded border border-green-300 bg-green-50 p-4 text-green-900" headingClassName="mb-2 text-lg font-semibold">
        <p role="status">{t("forgotPassword.sent", { email: sentTo })}</p>
      </Section>
    );
  }

  const fieldError = errorText.field(request.error, "email");
  return (
    <form method="post" action="/api/forms/forgot-password" onSubmit={onSubmit}>
      <input type="hidden" name="locale" value={locale} />
      {request.isError && !fieldError && <Alert tone="error">{errorText.message(request.error)}</Alert>}
      {!request.isError && postedText && <Alert tone="error">{postedText}</Alert>}
      <TextField
        label={t("fields.email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        error={fieldError}
      />
      <Button type="submit" disabled={request.isPending} className="w-full">
        {request.isPending ? t("forgotPassword.submitting") : t("forgotPassword.submit")}
      </Button>
    </form>
  );
}
