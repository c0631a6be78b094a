"use client";
import "@/components/forms/zod-jitless";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { TextField, SelectField } from "@/components/forms/field";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/i18n/locales";
import { useRouter } from "@/i18n/navigation";
import { updateProfileInput } from "@/server/accounts/schemas";

const profileFields = updateProfileInput.pick({ name: true, locale: true });

/** The account's name and preferred language (the language of its emails); a stale form is refused (CONFLICT). */
export function ProfileForm({ name, locale, version }: { name: string; locale: Locale; version: number }) {
  const t = useTranslations("auth");
  const trpc = useTRPC();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const kit = useMutationForm({
    schema: profileFields,
    defaultValues: { name, locale },
    mutation: trpc.account.updateProfile.mutationOptions({ onSuccess: () => startRefresh(() => router.refresh()) }),
    toInput: (values) => ({ ...values, version }),
  });
  const saved = kit.mutation.isSuccess && !refreshing;
  return (
    <form method="post" onSubmit={kit.onSubmit} noValidate>
      {kit.formError && <Alert tone="error">{kit.formError}</Alert>}
      {saved && <Alert tone="success">{t("account.profileForm.saved")}</Alert>}
      <TextField label={t("fields.name")} autoComplete="name" maxLength={120} required error={kit.fieldError("name")} {...kit.form.register("name")} />
      <SelectField label={t("account.profileForm.language")} hint={t("account.profileForm.languageHint")} error={kit.fieldError("locale")} {...kit.form.register("locale")}>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={kit.busy && !saved}>
        {kit.mutation.isPending ? t("account.profileForm.saving") : t("account.profileForm.save")}
      </Button>
    </form>
  );
}
