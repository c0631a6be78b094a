"use client";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";
import { sortFields } from "./content-values";
import { FormSummary } from "./form-summary";
import { ClausesSection } from "./form-clauses-section";
import { DataSection } from "./form-data-section";
import { TextControl } from "./form-field";
import { PartiesSection } from "./form-parties-section";
import { TermsSection } from "./form-terms-section";
import { TransfersSection } from "./form-transfers-section";
import type { AgreementFormOptions, SectionProps } from "./form-types";
import { localProblems } from "./form-validate";
import { contentFromValues, type AgreementFormValues, type AssessmentValues } from "./form-values";
import { ImpactAssessmentForm } from "./impact-assessment-form";
import { useFocusOnError } from "@/components/forms/use-focus-on-error";

type Props = {
  agreementId: string;
  version: number;
  pending: boolean;
  initial: AgreementFormValues;
  assessment: AssessmentValues;
  options: AgreementFormOptions;
  /** The checks' problems for the stored version (path → catalogue keys), shown next to their fields. */
  problems: Record<string, string[] | undefined>;
};

type ErrorData = { domainCode?: string | null; fieldErrors?: Record<string, string[] | undefined> | null };
const dataOf = (error: unknown): ErrorData | undefined => (error instanceof TRPCClientError ? (error.data as ErrorData | undefined) : undefined);

/**
 * Every field of an agreement, saved with agreements.update (a draft may be incomplete), and the
 * impact assessment (agreements.recordImpactAssessment). Messages appear next to their fields:
 * first what this browser found (a row without a country…), then the server's refusal, then the
 * checks that must pass before sending. What the user typed is never cleared on an error.
 */
export function AgreementForm({ agreementId, pending, initial, assessment, options, problems, ...props }: Props) {
  const t = useTranslations("agreements");
  const tAll = useTranslations();
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [values, setValues] = useState(initial);
  const [version, setVersion] = useState(props.version);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [, startRefresh] = useTransition();
  const update = useMutation(trpc.agreements.update.mutationOptions());
  const topRef = useFocusOnError<HTMLDivElement>(error ?? (Object.keys(local).length ? local : null));

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

  const serverFields = dataOf(error)?.fieldErrors ?? {};
  const translate = (key: string) => (tAll.has(key) ? tAll(key) : errorText.message(error) ?? key);
  const message = (path: string): string | null => {
    const key = local[path]?.[0] ?? serverFields[path]?.[0] ?? problems[path]?.[0];
    return key ? translate(key) : null;
  };

  async function onSave(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    setError(null);
    const found = localProblems(values);
    setLocal(found);
    if (Object.keys(found).length) return;
    try {
      const result = await update.mutateAsync({ agreementId, version, title: values.title, content: contentFromValues(values) });
      setVersion(result.version);
      setDirty(false);
      setSaved(true);
      startRefresh(() => router.refresh());
    } catch (err) {
      setError(err);
    }
  }

  const conflict = dataOf(error)?.domainCode === "CONFLICT";
  const refused = sortFields([...new Set([...Object.keys(local), ...Object.keys(serverFields).filter((f) => serverFields[f]?.length)])]);
  const sectionProps: SectionProps = { values, set, message, options };

  return (
    <div className="max-w-3xl">
      <form onSubmit={onSave} noValidate aria-labelledby="agreement-form-heading">
        <h2 id="agreement-form-heading" className="sr-only">
          {t("form.title")}
        </h2>
        <div ref={topRef} tabIndex={-1} className="outline-none">
          {conflict && (
            <div role="alert" className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
              <p>{t("form.conflict")}</p>
              <Button variant="secondary" className="mt-2" onClick={() => window.location.reload()}>
                {t("actions.reload")}
              </Button>
            </div>
          )}
          {!conflict && refused.length > 0 && <FormSummary title={t("form.summaryTitle")} fields={refused} message={message} />}
          {error != null && !conflict && refused.length === 0 && <Alert tone="error">{errorText.message(error)}</Alert>}
          {saved && <Alert tone="success">{t("form.saved")}</Alert>}
        </div>
        {pending && <Alert tone="info">{t("form.pendingWarning")}</Alert>}
        <fieldset className="mb-8 rounded border border-gray-200 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{t("form.sections.general")}</legend>
          <TextControl path="title" label={t("fields.title")} value={values.title} onChange={(v) => set("title", v)} message={message("title")} maxLength={200} />
        </fieldset>
        <PartiesSection {...sectionProps} />
        <DataSection {...sectionProps} />
        <TransfersSection {...sectionProps} />
        <TermsSection {...sectionProps} />
        <ClausesSection {...sectionProps} />
        <div className="sticky bottom-0 z-10 flex flex-wrap gap-3 border-t border-gray-200 bg-white px-1 py-3">
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? t("form.saving") : t("form.save")}
          </Button>
        </div>
      </form>
      <ImpactAssessmentForm
        agreementId={agreementId}
        version={version}
        initial={assessment}
        problem={problems.impactAssessment?.[0] ? translate(problems.impactAssessment[0]) : null}
        onSaved={(next) => {
          setVersion(next);
          startRefresh(() => router.refresh());
        }}
      />
    </div>
  );
}
