"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { IsolatedName } from "@/components/ui/isolated-name";
import { ReasonForm, reasonSchema } from "@/components/forms/reason-form";
import { useRefresh } from "@/components/forms/use-action";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { FormError } from "@/components/forms/form-error";
import { serverErrorOf } from "@/components/forms/server-error";
import { useAnnounce } from "./action-status";

export type InstitutionEventName = "verify" | "reject" | "suspend" | "reinstate";
/** One button of a row, as allowed by the institution state machine (decided on the server). */
export type InstitutionEventOption = { event: InstitutionEventName; needsReason: boolean };

const DANGER: readonly InstitutionEventName[] = ["reject", "suspend"];

/** The server refused because the reason was missing (VALIDATION with details.field = "reason"). */
function refusedReason(error: unknown): boolean {
  const data = serverErrorOf(error);
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
  const announce = useAnnounce();
  const trpc = useTRPC();
  const { refreshing, refresh } = useRefresh();
  const [open, setOpen] = useState<InstitutionEventName | null>(null);
  const kit = useMutationForm({
    schema: reasonSchema,
    defaultValues: { reason: "" },
    mutation: trpc.institutions.changeStatus.mutationOptions({
      onSuccess: (_data, variables) => {
        announce(t(`done.${variables.event}`, { name }));
        setOpen(null);
        kit.form.reset();
        refresh();
      },
    }),
    toInput: ({ reason }) => {
      announce(null);
      return { institutionId, event: open ?? "reject", version, reason };
    },
  });
  const mutation = kit.mutation;
  const busy = mutation.isPending || refreshing;

  const run = (event: InstitutionEventName, withReason?: string) => {
    announce(null);
    mutation.mutate({ institutionId, event, version, reason: withReason });
  };

  // The server refuses a missing reason as VALIDATION with details.field = "reason" (not as a zod field error).
  const reasonRefused = refusedReason(mutation.error);
  const formId = `reason-form-${institutionId}`;

  return (
    <div className="mt-3">
      <div className="flex flex-wrap gap-2">
        {events.map(({ event, needsReason }) => (
          <Button
            key={event}
            variant={DANGER.includes(event) ? "danger" : "primary"}
            disabled={busy}
            aria-expanded={needsReason ? open === event : undefined}
            aria-controls={needsReason && open === event ? formId : undefined}
            onClick={() => {
              if (!needsReason) return run(event);
              mutation.reset();
              kit.form.clearErrors();
              setOpen(open === event ? null : event);
            }}
          >
            <span aria-hidden="true">{t(event)}</span>
            <span className="sr-only">
              <IsolatedName text={t(`${event}Label`, { name })} name={name} />
            </span>
          </Button>
        ))}
      </div>

      {open && (
        <ReasonForm
          kit={kit}
          formId={formId}
          id={`reason-${institutionId}`}
          label={t(`reasonLabel.${open}`, { name })}
          hint={t("reasonHint")}
          className="mt-3 max-w-xl rounded border border-gray-200 bg-gray-50 p-3"
        >
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={busy} aria-label={t(`confirmLabel.${open}`, { name })}>
              {t(`confirm.${open}`)}
            </Button>
            <Button variant="secondary" disabled={busy} aria-label={t("cancelLabel", { name })} onClick={() => setOpen(null)}>
              {t("cancel")}
            </Button>
          </div>
          {reasonRefused && <FormError className="mt-2" message={tRoot("validation.reasonRequired")} />}
        </ReasonForm>
      )}

      {!reasonRefused && <FormError className="mt-2" message={kit.formError} reload />}
    </div>
  );
}
