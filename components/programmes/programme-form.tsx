"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";
import { ErrorSummary, domainCodeOf, refusedFields } from "./error-summary";
import { BasicsSection } from "./form-basics-section";
import { BudgetSection } from "./form-budget-section";
import { sectionProgress } from "./form-progress";
import { FormProgressList } from "./form-progress-list";
import { SubmitReviewDialog } from "./submit-review-dialog";
import { OutcomesSection } from "./form-outcomes-section";
import { PlacesSection } from "./form-places-section";
import { ScheduleSection } from "./form-schedule-section";
import type { ProgrammeFormOptions, SectionProps } from "./form-types";
import { draftFromValues, type ProgrammeFormValues } from "./form-values";
import { useFocusOnError } from "@/components/forms/use-focus-on-error";

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
 * never cleared on an error, and a CONFLICT keeps it too. Sections are listed with their progress
 * at the top; a change is saved automatically after a pause (status in the bar, aria-live);
 * submitting first shows a review of what will be frozen. The bar stays sticky, and the page's
 * scroll padding keeps a focused control from hiding under it (WCAG 2.4.11).
 */
const AUTOSAVE_AFTER_MS = 3000;
type AutosaveStatus = "idle" | "pending" | "saving" | "saved" | "failed";

export function ProgrammeForm({ programmeId, leadInstitutionId, submitKind, initial, options, ...props }: Props) {
  const t = useTranslations("programmes");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [values, setValues] = useState(initial);
  const [version, setVersion] = useState(props.version);
  const [error, setError] = useState<unknown>(null);
  const topRef = useFocusOnError<HTMLDivElement>(error);
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const reviewRef = useRef<HTMLDialogElement>(null);
  const changes = useRef(0);
  const [autosave, setAutosave] = useState<{ status: AutosaveStatus; at?: Date }>({ status: "idle" });
  const progress = useMemo(() => sectionProgress(values), [values]);
  const update = useMutation(trpc.programmes.update.mutationOptions());
  const submit = useMutation(trpc.programmes.submit.mutationOptions());
  const busy = update.isPending || submit.isPending || leaving;

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  // The sticky bar must not cover the control that has focus (WCAG 2.4.11 Focus Not Obscured).
  useEffect(() => {
    const root = document.documentElement;
    const before = root.style.scrollPaddingBottom;
    root.style.scrollPaddingBottom = "6rem";
    return () => {
      root.style.scrollPaddingBottom = before;
    };
  }, []);

  const set: SectionProps["set"] = (field, value) => {
    setSaved(false);
    setDirty(true);
    changes.current += 1;
    setAutosave({ status: "pending" });
    setValues((v) => ({ ...v, [field]: value }));
  };

  // Autosave: a pause after a change saves the draft quietly; a refusal (e.g. a half-typed date)
  // is not shown as an error while typing, only as the status — "Save draft" shows the details.
  useEffect(() => {
    if (!dirty || busy || autosave.status !== "pending") return;
    const autosaveNow = async () => {
      const at = changes.current;
      setAutosave({ status: "saving" });
      try {
        const result = await update.mutateAsync({ programmeId, version, ...draftFromValues(values) });
        setVersion(result.version);
        if (changes.current === at) setDirty(false);
        setAutosave({ status: changes.current === at ? "saved" : "pending", at: new Date() });
      } catch {
        setAutosave({ status: "failed" });
      }
    };
    const timer = window.setTimeout(() => void autosaveNow(), AUTOSAVE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [dirty, busy, autosave.status, values, version, programmeId, update]);

  async function save(): Promise<number | null> {
    setError(null);
    setSaved(false);
    try {
      const result = await update.mutateAsync({ programmeId, version, ...draftFromValues(values) });
      setVersion(result.version);
      setDirty(false);
      setAutosave({ status: "saved", at: new Date() });
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
    reviewRef.current?.close();
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
      <FormProgressList progress={progress} />
      <div id="section-basics" className="scroll-mt-4">
        <BasicsSection {...sectionProps} />
      </div>
      <div id="section-partners" className="scroll-mt-4">
        <PlacesSection {...sectionProps} leadInstitutionId={leadInstitutionId} />
      </div>
      <div id="section-schedule" className="scroll-mt-4">
        <ScheduleSection {...sectionProps} />
      </div>
      <div id="section-budget" className="scroll-mt-4">
        <BudgetSection {...sectionProps} />
      </div>
      <div id="section-outcomes" className="scroll-mt-4">
        <OutcomesSection {...sectionProps} />
      </div>
      <SubmitReviewDialog ref={reviewRef} values={values} progress={progress} options={options} onConfirm={() => void onSubmitProposal()} />
      <div className="sticky bottom-0 z-10 flex flex-wrap items-center gap-3 border-t border-gray-200 bg-white px-1 py-3">
        <Button type="submit" variant="secondary" disabled={busy}>
          {update.isPending && !submit.isPending ? t("actions.saving") : t("actions.saveDraft")}
        </Button>
        {submitKind && (
          <Button onClick={() => reviewRef.current?.showModal()} disabled={busy}>
            {submit.isPending || leaving ? t("actions.submitting") : submitKind === "resubmit" ? t("actions.resubmit") : t("actions.submit")}
          </Button>
        )}
        <p aria-live="polite" className="text-sm text-gray-700">
          {autosave.status === "saving" && t("form.autosave.saving")}
          {autosave.status === "saved" && autosave.at && t("form.autosave.saved", { time: autosave.at })}
          {autosave.status === "failed" && t("form.autosave.failed")}
          {autosave.status === "pending" && t("form.autosave.unsaved")}
        </p>
      </div>
    </form>
  );
}
