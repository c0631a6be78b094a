"use client";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { useRouter } from "@/i18n/navigation";
import { ActionError } from "./action-error";
import { useAnnounce } from "./action-status";

export type InstitutionEventName = "verify" | "reject" | "suspend" | "reinstate";
/** One button of a row, as allowed by the institution state machine (decided on the server). */
export type InstitutionEventOption = { event: InstitutionEventName; needsReason: boolean };

const REASON_MAX = 2000;
const DANGER: readonly InstitutionEventName[] = ["reject", "suspend"];

/** The server refused because the reason was missing (VALIDATION with details.field = "reason"). */
function refusedReason(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data = error.data as { domainCode?: string | null; details?: Record<string, unknown> | null } | undefined;
  return data?.domainCode === "VALIDATION" && data.details?.field === "reason";
}

/** The verification buttons of one institution; events that need a reason open an inline reason form. */
export function InstitutionActions({
  institutionId,
  name,
  version,
  events,
}: {
  institutionId: string;
  name: string;
  version: number;
  events: InstitutionEventOption[];
}) {
  const t = useTranslations("admin.actions");
  const tRoot = useTranslations();
  const errorText = useErrorText();
  const announce = useAnnounce();
  const router = useRouter();
  const trpc = useTRPC();
  const [refreshing, startRefresh] = useTransition();
  const [open, setOpen] = useState<InstitutionEventName | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);

  const mutation = useMutation(
    trpc.institutions.changeStatus.mutationOptions({
      onSuccess: (_data, variables) => {
        announce(t(`done.${variables.event}`, { name }));
        setOpen(null);
        setReason("");
        startRefresh(() => router.refresh());
      },
    }),
  );
  const busy = mutation.isPending || refreshing;

  const run = (event: InstitutionEventName, withReason?: string) => {
    announce(null);
    mutation.mutate({ institutionId, event, version, reason: withReason });
  };

  const submitReason = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!open) return;
    const trimmed = reason.trim();
    const problem = !trimmed ? "validation.reasonRequired" : trimmed.length > REASON_MAX ? "validation.reasonLength" : null;
    setReasonError(problem ? tRoot(problem) : null);
    if (!problem) run(open, trimmed);
  };

  const serverReasonError = mutation.error
    ? (errorText.field(mutation.error, "reason") ?? (refusedReason(mutation.error) ? tRoot("validation.reasonRequired") : null))
    : null;
  const formId = `reason-form-${institutionId}`;

  return (
    <div className="mt-3">
      <div className="flex flex-wrap gap-2">
        {events.map(({ event, needsReason }) => (
          <Button
            key={event}
            variant={DANGER.includes(event) ? "danger" : "primary"}
            aria-label={t(`${event}Label`, { name })}
            disabled={busy}
            aria-expanded={needsReason ? open === event : undefined}
            aria-controls={needsReason && open === event ? formId : undefined}
            onClick={() => {
              if (!needsReason) return run(event);
              mutation.reset();
              setReasonError(null);
              setOpen(open === event ? null : event);
            }}
          >
            {t(event)}
          </Button>
        ))}
      </div>

      {open && (
        <form id={formId} onSubmit={submitReason} noValidate className="mt-3 max-w-xl rounded border border-gray-200 bg-gray-50 p-3">
          <TextArea
            label={t(`reasonLabel.${open}`, { name })}
            name={`reason-${institutionId}`}
            hint={t("reasonHint")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={reasonError ?? serverReasonError}
            required
            maxLength={REASON_MAX}
            rows={3}
            autoFocus
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={busy} aria-label={t(`confirmLabel.${open}`, { name })}>
              {t(`confirm.${open}`)}
            </Button>
            <Button variant="secondary" disabled={busy} aria-label={t("cancelLabel", { name })} onClick={() => setOpen(null)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}

      {mutation.error && !serverReasonError && <ActionError message={errorText.message(mutation.error) ?? ""} />}
    </div>
  );
}
