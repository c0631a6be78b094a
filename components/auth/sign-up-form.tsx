"use client";
import { IsolatedName } from "@/components/ui/isolated-name";
import { signInOrResetLinks } from "./sign-in-or-reset-links";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { domainCodeOf } from "@/components/forms/server-error";
import { NOTHING_POSTED, type Posted } from "./posted";
import { fieldValue } from "./use-hydrated";
import { usePostedErrorText } from "./use-posted-error-text";
import { Section } from "@/components/ui/section";

/** Creates an account, then asks the person to open the confirmation link (the page stays). */
export function SignUpForm({ posted = NOTHING_POSTED }: { posted?: Posted }) {
  const t = useTranslations("auth");
  const tValidation = useTranslations("validation");
  const errorText = useErrorText();
  const locale = useLocale();
  const trpc = useTRPC();
  const signUp = useMutation(trpc.account.signUp.mutationOptions());
  const postedText = usePostedErrorText(posted);
  const [mismatch, setMismatch] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(posted.sent);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = fieldValue(form, "password");
    const differ = password !== fieldValue(form, "confirmPassword");
    setMismatch(differ);
    if (differ) return;
    const email = fieldValue(form, "email").trim();
    signUp.mutate(
      { name: fieldValue(form, "name"), email, password, locale: isLocale(locale) ? locale : DEFAULT_LOCALE },
      { onSuccess: () => setSentTo(email) },
    );
  }

  if (sentTo) {
    return (
      <Section id="check-email-title" title={t("signUp.checkEmailTitle")} className="rounded border border-green-300 bg-green-50 p-4 text-green-900" headingClassName="mb-2 text-lg font-semibold">
        <p role="status" className="mb-2">
          <IsolatedName text={t("signUp.checkEmailBody", { email: sentTo })} name={sentTo} />
        </p>
        <p className="text-sm">{t("signUp.checkEmailHelp")}</p>
      </Section>
    );
  }

  const error = signUp.error;
  const exists = error ? domainCodeOf(error) === "ALREADY_EXISTS" : posted.error === "ALREADY_EXISTS";
  const formMessage = error && !exists ? errorText.message(error) : !error && !exists ? postedText : null;
  const pending = signUp.isPending;

  return (
    <form method="post" action="/api/forms/sign-up" onSubmit={onSubmit}>
      <input type="hidden" name="locale" value={locale} />
      {exists && (
        <Alert tone="error">
          {t.rich("signUp.alreadyExists", signInOrResetLinks)}
        </Alert>
      )}
      {formMessage && <Alert tone="error">{formMessage}</Alert>}
      <TextField
        label={t("fields.name")}
        name="name"
        autoComplete="name"
        required
        maxLength={120}
        error={errorText.field(error, "name")}
      />
      <TextField
        label={t("fields.email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        error={errorText.field(error, "email")}
      />
      <TextField
        label={t("fields.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        maxLength={200}
        hint={t("fields.passwordHint")}
        error={errorText.field(error, "password")}
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
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("signUp.submitting") : t("signUp.submit")}
      </Button>
    </form>
  );
}
