"use client";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";
import { FieldMessage, TextControl, describe, inputClass } from "./form-field";
import { localAssessmentProblems } from "./form-validate";
import type { AssessmentValues } from "./form-values";
import { useFocusOnError } from "@/components/forms/use-focus-on-error";
import { Options } from "@/components/forms/field";

type Props = { agreementId: string; version: number; initial: AssessmentValues; problem: string | null; onSaved: (version: number) => void };
type ErrorData = { fieldErrors?: Record<string, string[] | undefined> | null };

const RISKS = ["low", "medium", "high"] as const;

/** Records the impact assessment (required when any data category is sensitive). Keeps what was typed on an error. */
export function ImpactAssessmentForm({ agreementId, version, initial, problem, onSaved }: Props) {
  const t = useTranslations("agreements");
  const tChecks = useTranslations("agreementChecks");
  const tAll = useTranslations();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const record = useMutation(trpc.agreements.recordImpactAssessment.mutationOptions());
  const messageRef = useFocusOnError<HTMLDivElement>(record.error ?? (Object.keys(local).length ? local : null));
  const fieldErrors = record.error instanceof TRPCClientError ? ((record.error.data as ErrorData | undefined)?.fieldErrors ?? {}) : {};
  // zod refusals arrive under "assessment" (the input's key); show the message at the top then.
  const message = (field: string) => {
    const key = local[field]?.[0] ?? fieldErrors[`assessment.${field}`]?.[0] ?? fieldErrors[field]?.[0];
    return key ? (tAll.has(key) ? tAll(key) : errorText.message(record.error)) : null;
  };
  const set = (field: keyof AssessmentValues, value: string) => {
    setSaved(false);
    setValues((v) => ({ ...v, [field]: value }));
  };
  const riskAria = describe("ia-residualRisk", message("residualRisk"));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const found = localAssessmentProblems(values);
    setLocal(found);
    if (Object.keys(found).length) return;
    try {
      const result = await record.mutateAsync({ agreementId, version, assessment: { ...values, residualRisk: values.residualRisk as (typeof RISKS)[number] } });
      setSaved(true);
      onSaved(result.version);
    } catch {
      // shown from record.error
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="impact-heading" className="mb-8 rounded border border-gray-200 bg-white p-4">
      <h2 id="impact-heading" className="mb-1 text-lg font-semibold">
        {t("impact.title")}
      </h2>
      <p className="mb-3 text-sm text-gray-700">{t("impact.intro")}</p>
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {record.error != null && <Alert tone="error">{errorText.message(record.error)}</Alert>}
        {Object.keys(local).length > 0 && <Alert tone="error">{t("form.summaryTitle")}</Alert>}
        {saved && <Alert tone="success">{t("view.done.assessed")}</Alert>}
        {!saved && problem && <p className="mb-3 text-sm text-red-700">{problem}</p>}
      </div>
      <TextControl path="ia-risks" label={t("impact.risks")} value={values.risks} onChange={(v) => set("risks", v)} message={message("risks")} multiline rows={4} maxLength={5000} />
      <TextControl path="ia-mitigations" label={t("impact.mitigations")} value={values.mitigations} onChange={(v) => set("mitigations", v)} message={message("mitigations")} multiline rows={4} maxLength={5000} />
      <div className="mb-4">
        <label htmlFor={riskAria.id} className="block text-sm font-medium">
          {t("impact.residualRisk")}
        </label>
        <select {...riskAria} className={inputClass} value={values.residualRisk} onChange={(e) => set("residualRisk", e.target.value)}>
          <Options choose={t("impact.choose")} options={RISKS.map((r) => ({ value: r, label: tChecks.has(`residualRisk.${r}`) ? tChecks(`residualRisk.${r}`) : r }))} />
        </select>
        <FieldMessage path="ia-residualRisk" message={message("residualRisk")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextControl path="ia-approvedByName" label={t("impact.approvedByName")} value={values.approvedByName} onChange={(v) => set("approvedByName", v)} message={message("approvedByName")} maxLength={200} />
        <TextControl path="ia-approvedByRole" label={t("impact.approvedByRole")} value={values.approvedByRole} onChange={(v) => set("approvedByRole", v)} message={message("approvedByRole")} maxLength={200} />
      </div>
      <TextControl path="ia-approvedOn" type="date" label={t("impact.approvedOn")} value={values.approvedOn} onChange={(v) => set("approvedOn", v)} message={message("approvedOn")} />
      <Button type="submit" disabled={record.isPending}>
        {record.isPending ? t("impact.recording") : t("impact.record")}
      </Button>
    </form>
  );
}
