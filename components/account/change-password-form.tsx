"use client";
import "@/components/forms/zod-jitless";
import { AccountSection } from "./account-section";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { TextField } from "@/components/forms/field";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { changePasswordForm } from "@/server/accounts/schemas";

/**
 * Current password, new password twice. The server ends every session of the account, this one
 * too; this browser then signs in again with the new password, so only the other sessions end.
 */
export function ChangePasswordForm({ email, className }: { email: string; className?: string }) {
  const t = useTranslations("auth");
  const trpc = useTRPC();
  const router = useRouter();
  const [signedInAgain, setSignedInAgain] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const kit = useMutationForm({
    schema: changePasswordForm,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    mutation: trpc.account.changePassword.mutationOptions({
      onSuccess: async (_data, input) => {
        await signIn("credentials", { redirect: false, email, password: input.newPassword });
        setSignedInAgain(true);
        startRefresh(() => router.refresh());
      },
    }),
    toInput: ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
  });
  const done = signedInAgain && !refreshing;
  return (
    <AccountSection id="change-password-title" title={t("account.changePassword.title")} intro={t("account.changePassword.body")} className={className}>
      <form method="post" onSubmit={kit.onSubmit} noValidate>
        {kit.formError && <Alert tone="error">{kit.formError}</Alert>}
        {done && <Alert tone="success">{t("account.changePassword.success")}</Alert>}
        <TextField label={t("account.changePassword.currentPassword")} id="change-password-current" type="password" autoComplete="current-password" maxLength={200} required error={kit.fieldError("currentPassword")} {...kit.form.register("currentPassword")} />
        <TextField label={t("fields.newPassword")} id="change-password-new" type="password" autoComplete="new-password" maxLength={200} required hint={t("fields.passwordHint")} error={kit.fieldError("newPassword")} {...kit.form.register("newPassword")} />
        <TextField label={t("fields.confirmPassword")} id="change-password-confirm" type="password" autoComplete="new-password" maxLength={200} required error={kit.fieldError("confirmPassword")} {...kit.form.register("confirmPassword")} />
        <Button type="submit" disabled={kit.busy}>
          {kit.mutation.isPending || (kit.mutation.isSuccess && !done) ? t("account.changePassword.submitting") : t("account.changePassword.submit")}
        </Button>
      </form>
    </AccountSection>
  );
}
