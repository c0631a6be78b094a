"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useHydrated } from "@/components/auth/use-hydrated";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useConfirmation } from "@/components/forms/use-confirmation";
import { useErrorText } from "@/components/forms/use-error-text";
import type { OutcomeTarget } from "@/server/vocabulary";
import { Link, useRouter } from "@/i18n/navigation";
import { CancelProgrammeForm } from "./cancel-programme-form";
import { CompleteProgrammeForm } from "./complete-programme-form";
import { domainCodeOf } from "./error-summary";
import { useFocusOnError } from "@/components/forms/use-focus-on-error";

export type LifecycleButtons = { publish: boolean; start: boolean; startNeedsAgreement: boolean; complete: boolean; cancel: boolean };

type Props = {
  programmeId: string;
  version: number;
  actions: LifecycleButtons;
  outcomes: readonly OutcomeTarget[];
  /** Localised labels of the outcome metrics, keyed by metric. */
  metricLabels: Record<string, string>;
};

/**
 * The lead owner's buttons after approval: publish (approved), start (open; a data-sharing
 * programme needs an agreement in force), complete with an outcome report (active) and cancel
 * with a reason (open, active). Complete and cancel open their form in place.
 */
export function LifecycleActions({ programmeId, version, actions, outcomes, metricLabels }: Props) {
  const t = useTranslations("programmes.lifecycle");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const [navigating, startNavigation] = useTransition();
  const [form, setForm] = useState<"complete" | "cancel" | null>(null);
  const confirmation = useConfirmation();
  const done = (what: string) => startNavigation(() => router.push(`/proposals/${programmeId}?done=${what}`));
  const publish = useMutation(trpc.programmes.publish.mutationOptions({ onSuccess: () => done("published") }));
  const start = useMutation(trpc.programmes.start.mutationOptions({ onSuccess: () => done("started") }));
  const error = publish.error ?? start.error;
  const messageRef = useFocusOnError<HTMLDivElement>(error);
  const busy = !hydrated || navigating || publish.isPending || start.isPending || publish.isSuccess || start.isSuccess;

  const open = (which: "complete" | "cancel") => {
    publish.reset();
    start.reset();
    setForm(which);
  };
  const agreementMissing = domainCodeOf(start.error) === "AGREEMENT_NOT_IN_FORCE";

  return (
    <div className="mb-4">
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {agreementMissing ? (
          <div role="alert" className="mb-4 rounded border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
            <p className="font-semibold">{t("agreementMissing")}</p>
            <p className="mt-1">
              <Link href={`/proposals/${programmeId}/agreements`} className="font-medium underline">
                {t("agreementsLink")}
              </Link>
            </p>
          </div>
        ) : (
          error && <Alert tone="error">{errorText.message(error)}</Alert>
        )}
      </div>
      {actions.start && actions.startNeedsAgreement && !agreementMissing && (
        <p className="mb-3 max-w-3xl text-sm text-gray-800">
          {t("dataSharing")}{" "}
          <Link href={`/proposals/${programmeId}/agreements`} className="text-brand-700 underline">
            {t("agreementsLink")}
          </Link>
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        {actions.publish && (
          <Button disabled={busy} onClick={() => confirmation.ask(() => publish.mutate({ programmeId, version }), t("publishConfirm"))}>
            {publish.isPending ? t("publishing") : t("publish")}
          </Button>
        )}
        {actions.start && (
          <Button disabled={busy} onClick={() => confirmation.ask(() => start.mutate({ programmeId, version }), t("startConfirm"))}>
            {start.isPending ? t("starting") : t("start")}
          </Button>
        )}
        {actions.complete && form !== "complete" && (
          <Button disabled={busy} onClick={() => open("complete")} aria-expanded={false}>
            {t("complete")}
          </Button>
        )}
        {actions.cancel && form !== "cancel" && (
          <Button variant="danger" disabled={busy} onClick={() => open("cancel")} aria-expanded={false}>
            {t("cancel")}
          </Button>
        )}
      </div>
      {form === "complete" && (
        <CompleteProgrammeForm
          programmeId={programmeId}
          version={version}
          outcomes={outcomes}
          metricLabels={metricLabels}
          onClose={() => setForm(null)}
          onDone={() => done("completed")}
        />
      )}
      {confirmation.dialog}
      {form === "cancel" && <CancelProgrammeForm programmeId={programmeId} version={version} onClose={() => setForm(null)} onDone={() => done("cancelled")} />}
    </div>
  );
}
