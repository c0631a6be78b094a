"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";
import { ErrorSummary, domainCodeOf, refusedFields } from "./error-summary";
import { BasicsSection } from "./form-basics-section";
import { BudgetSection } from "./form-budget-section";
import { OutcomesSection } from "./form-outcomes-section";
import { PlacesSection } from "./form-places-section";
import { ScheduleSection } from "./form-schedule-section";
import type { ProgrammeFormOptions, SectionProps } from "./form-types";
import { draftFromValues, type ProgrammeFormValues } from "./form-values";

type Props = {
  programmeId: string;
  version: number;
  leadInstitutionId: string;
  /** "resubmit" after changes were requested; null when the viewer may not submit. */
  submitKind: "submit" | "resubmit" | null;
  initial: ProgrammeFormValues;
  options: ProgrammeFormOptions;
};

/**
 * The proposal form: every field of the draft schema, saved with programmes.update (drafts
 * may be incomplete) and submitted with programmes.submit after a save. The server's field
 * messages appear next to each field and in a summary at the top; what the user typed is
 * never cleared on an error, and a CONFLICT keeps it too.
 */
export function ProgrammeForm({ programmeId, leadInstitutionId, submitKind, initial, options, ...props }: Props) {
  const t = useTranslations("programmes");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [values, setValues] = useState(initial);
  const [version, setVersion] = useState(props.version);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const topRef = useRef<HTMLDivElement>(null);
  const update = useMutation(trpc.programmes.update.mutationOptions());
  const submit = useMutation(trpc.programmes.submit.mutationOptions());
  const busy = update.isPending || submit.isPending || leaving;

  useEffect(() => {
    if (error) topRef.current?.focus();
  }, [error]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const set: SectionProps["set"] = (field, value) => {
    setSaved(false);
    setDirty(true);
    setValues((v) => ({ ...v, [field]: value }));
  };

  async function save(): Promise<number | null> {
    setError(null);
    setSaved(false);
    try {
      const result = await update.mutateAsync({ programmeId, version, ...draftFromValues(values) });
      setVersion(result.version);
      setDirty(false);
      return result.version;
    } catch (e) {
      setError(e);
      return null;
    }
  }

  async function onSaveDraft(e?: FormEvent) {
    e?.preventDefault();
    if ((await save()) !== null) setSaved(true);
  }

  async function onSubmitProposal() {
    const savedVersion = await save();
    if (savedVersion === null) return;
    try {
      await submit.mutateAsync({ programmeId, version: savedVersion });
      setLeaving(true);
      router.push(`/proposals/${programmeId}?done=${submitKind === "resubmit" ? "resubmitted" : "submitted"}`);
    } catch (e) {
      setError(e);
    }
  }

  const conflict = domainCodeOf(error) === "CONFLICT";
  const hasFieldErrors = refusedFields(error).length > 0;
  const fieldError = (field: string) => errorText.field(error, field);
  const sectionProps = { values, set, error: fieldError, options };

  return (
    <form onSubmit={onSaveDraft} noValidate className="max-w-3xl">
      <div ref={topRef} tabIndex={-1} className="outline-none">
        {conflict && (
          <div role="alert" className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            <p>{t("form.conflict")}</p>
            <Button variant="secondary" className="mt-2" onClick={() => window.location.reload()}>
              {t("actions.reload")}
            </Button>
          </div>
        )}
        {error != null && !conflict && hasFieldErrors && <ErrorSummary error={error} title={t("form.summaryTitle")} />}
        {error != null && !conflict && !hasFieldErrors && <Alert tone="error">{errorText.message(error)}</Alert>}
        {saved && <Alert tone="success">{t("form.saved")}</Alert>}
      </div>
      <BasicsSection {...sectionProps} />
      <PlacesSection {...sectionProps} leadInstitutionId={leadInstitutionId} />
      <ScheduleSection {...sectionProps} />
      <BudgetSection {...sectionProps} />
      <OutcomesSection {...sectionProps} />
      <div className="sticky bottom-0 z-10 flex flex-wrap gap-3 border-t border-gray-200 bg-white px-1 py-3">
        <Button type="submit" variant="secondary" disabled={busy}>
          {update.isPending && !submit.isPending ? t("actions.saving") : t("actions.saveDraft")}
        </Button>
        {submitKind && (
          <Button onClick={onSubmitProposal} disabled={busy}>
            {submit.isPending || leaving ? t("actions.submitting") : submitKind === "resubmit" ? t("actions.resubmit") : t("actions.submit")}
          </Button>
        )}
      </div>
    </form>
  );
}
