"use client";
import "@/components/forms/zod-jitless";
import { AccountSection } from "./account-section";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/field";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requestEmailChangeInput } from "@/server/accounts/schemas";

/**
 * A new address and the current password: the server emails a confirmation link to the new
 * address and a notice to the current one. The address changes only when the link is followed
 * (/confirm-email); the answer is the same whether or not the new address is in use.
 */
export function ChangeEmailForm({ className }: { className?: string }) {
  const t = useTranslations("auth");
  const trpc = useTRPC();
  const kit = useMutationForm({
    schema: requestEmailChangeInput,
    defaultValues: { newEmail: "", currentPassword: "" },
    mutation: trpc.account.requestEmailChange.mutationOptions(),
    toInput: (values) => values,
  });
  return (
    <AccountSection id="change-email-title" title={t("account.changeEmail.title")} intro={t("account.changeEmail.body")} className={className}>
      <form method="post" onSubmit={kit.onSubmit} noValidate>
        {kit.formError && <Alert tone="error">{kit.formError}</Alert>}
        {kit.mutation.isSuccess && (
          <Alert tone="success">{t("account.changeEmail.sent", { email: kit.mutation.data.sent })}</Alert>
        )}
        <TextField label={t("account.changeEmail.newEmail")} id="change-email-new-email" type="email" autoComplete="email" dir="ltr" maxLength={254} required error={kit.fieldError("newEmail")} {...kit.form.register("newEmail")} />
        <TextField label={t("account.changePassword.currentPassword")} id="change-email-current-password" type="password" autoComplete="current-password" maxLength={200} required error={kit.fieldError("currentPassword")} {...kit.form.register("currentPassword")} />
        <Button type="submit" disabled={kit.busy}>
          {kit.mutation.isPending ? t("account.changeEmail.submitting") : t("account.changeEmail.submit")}
        </Button>
      </form>
    </AccountSection>
  );
}
