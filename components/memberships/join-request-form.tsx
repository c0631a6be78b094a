"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { Link, useRouter } from "@/i18n/navigation";
import { errorFacts } from "./trpc-error-details";

type Existing = "active" | "requested" | "invited" | null;

/**
 * "Request to join" for one verified institution. Stays mounted after the refresh that follows
 * success, so the confirmation remains visible instead of the "already requested" note.
 */
export function JoinRequestForm({ institution, existing }: { institution: { id: string; name: string }; existing: Existing }) {
  const t = useTranslations("dashboard.join");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [refreshing, startTransition] = useTransition();
  const request = useMutation(
    trpc.memberships.request.mutationOptions({
      onSuccess: () => startTransition(() => router.refresh()),
    }),
  );
  const name = institution.name;

  if (request.isSuccess) {
    return (
      <div>
        <Alert tone="success">{t("sent", { institution: name })}</Alert>
        <Link href="/dashboard" className="text-brand-700 underline">
          {t("backToDashboard")}
        </Link>
      </div>
    );
  }
  if (existing) {
    const note = existing === "active" ? t("alreadyMember", { institution: name }) : existing === "requested" ? t("alreadyRequested", { institution: name }) : t("alreadyInvited", { institution: name });
    return (
      <div>
        <Alert tone="info">{note}</Alert>
        <Link href="/dashboard" className="text-brand-700 underline">
          {t("backToDashboard")}
        </Link>
      </div>
    );
  }

  const { code } = errorFacts(request.error);
  const formMessage = !request.error ? null : code === "ALREADY_EXISTS" ? t("alreadyExists") : errorText.message(request.error);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const text = message.trim();
    request.mutate({ institutionId: institution.id, message: text === "" ? undefined : text });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl">
      {formMessage && <Alert tone="error">{formMessage}</Alert>}
      <TextArea
        label={t("message")}
        hint={t("messageHint")}
        name="join-message"
        maxLength={1000}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        error={errorText.field(request.error, "message")}
      />
      <Button type="submit" disabled={request.isPending || refreshing}>
        {request.isPending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
