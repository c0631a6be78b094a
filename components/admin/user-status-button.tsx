"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { useRouter } from "@/i18n/navigation";
import { ActionError } from "./action-error";
import { useAnnounce } from "./action-status";

const REASON_MAX = 2000;

/** Suspend (with a reason, in an inline form) or reinstate one account. Never shown for the admin's own account. */
export function UserStatusButton({ userId, name, status, version }: { userId: string; name: string; status: "active" | "suspended"; version: number }) {
  const t = useTranslations("admin.users");
  const tRoot = useTranslations();
  const errorText = useErrorText();
  const announce = useAnnounce();
  const router = useRouter();
  const trpc = useTRPC();
  const [refreshing, startRefresh] = useTransition();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);

  const mutation = useMutation(
    trpc.admin.changeUserStatus.mutationOptions({
      onSuccess: (_data, { event }) => {
        announce(t(event === "suspend" ? "suspended" : "reinstated", { name }));
        setOpen(false);
        setReason("");
        startRefresh(() => router.refresh());
      },
    }),
  );
  const busy = mutation.isPending || refreshing;
  const formId = `suspend-form-${userId}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    const problem = !trimmed ? "validation.reasonRequired" : trimmed.length > REASON_MAX ? "validation.reasonLength" : null;
    setReasonError(problem ? tRoot(problem) : null);
    if (problem) return;
    announce(null);
    mutation.mutate({ userId, event: "suspend", version, reason: trimmed });
  };

  return (
    <div className="mt-2">
      {status === "active" ? (
        <Button
          variant="danger"
          className="min-h-9 px-3 py-1"
          disabled={busy}
          aria-label={t("suspendLabel", { name })}
          aria-expanded={open}
          aria-controls={open ? formId : undefined}
          onClick={() => {
            mutation.reset();
            setReasonError(null);
            setOpen(!open);
          }}
        >
          {t("suspend")}
        </Button>
      ) : (
        <Button
          className="min-h-9 px-3 py-1"
          disabled={busy}
          aria-label={t("reinstateLabel", { name })}
          onClick={() => {
            announce(null);
            mutation.mutate({ userId, event: "reinstate", version });
          }}
        >
          {t("reinstate")}
        </Button>
      )}
      {open && (
        <form id={formId} onSubmit={submit} noValidate className="mt-3 max-w-xl rounded border border-gray-200 bg-gray-50 p-3">
          <TextArea
            label={t("suspendReason", { name })}
            name={`suspend-reason-${userId}`}
            hint={t("suspendHint")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={reasonError ?? (mutation.error ? errorText.field(mutation.error, "reason") : null)}
            required
            maxLength={REASON_MAX}
            rows={3}
            autoFocus
          />
          <Button type="submit" variant="danger" disabled={busy}>
            {t("confirmSuspend")}
          </Button>
        </form>
      )}
      {mutation.error && <ActionError message={errorText.message(mutation.error) ?? ""} />}
    </div>
  );
}
