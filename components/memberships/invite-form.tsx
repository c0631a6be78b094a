"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";
import { errorFacts } from "./trpc-error-details";

/** An owner invites someone who already has an account, by email address. */
export function InviteForm({ institutionId }: { institutionId: string }) {
  const t = useTranslations("dashboard.invite");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [refreshing, startTransition] = useTransition();
  const invite = useMutation(
    trpc.memberships.invite.mutationOptions({
      onMutate: () => setSentTo(null),
      onSuccess: (_data, vars) => {
        setSentTo(vars.email);
        setEmail("");
        startTransition(() => router.refresh());
      },
    }),
  );
  const busy = invite.isPending || refreshing;

  function formMessage(error: unknown): string | null {
    if (!error) return null;
    const { code, details } = errorFacts(error);
    if (code === "NOT_FOUND" && details.what === "user") return t("noAccount");
    if (code === "ALREADY_EXISTS") return t("alreadyMember");
    return errorText.message(error);
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    invite.mutate({ institutionId, email: email.trim() });
  }

  const message = formMessage(invite.error);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl">
      {message && <Alert tone="error">{message}</Alert>}
      {sentTo && !invite.error && <Alert tone="success">{t("sent", { email: sentTo })}</Alert>}
      <TextField
        label={t("email")}
        name="invite-email"
        type="email"
        autoComplete="off"
        dir="ltr"
        required
        value={email}
        onChange={(e) => {
          setEmail(e.target.value);
          setSentTo(null);
        }}
        error={errorText.field(invite.error, "email")}
      />
      <Button type="submit" disabled={busy}>
        {invite.isPending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
