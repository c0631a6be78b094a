"use client";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/field";
import { PeriodFields, type PeriodValue } from "./period-fields";

export type ReportBasics = { title: string; period: PeriodValue; threshold: string };

/** A report's title, period and suppression threshold: the fields of a new draft, and the first ones of its editor. */
export function ReportBasicsFields({
  values,
  onChange,
  error,
  disabled,
}: {
  values: ReportBasics;
  onChange: (patch: Partial<ReportBasics>) => void;
  /** The server's message for one input field (title, periodStart, periodEnd, suppressionThreshold), or null. */
  error: (name: string) => string | null;
  disabled?: boolean;
}) {
  const t = useTranslations("transparency.admin");
  return (
    <>
      <TextField label={t("fields.title")} name="report-title" required maxLength={200} value={values.title} onChange={(e) => onChange({ title: e.target.value })} error={error("title")} />
      <PeriodFields idPrefix="report" value={values.period} onChange={(period) => onChange({ period })} errors={{ periodStart: error("periodStart"), periodEnd: error("periodEnd") }} disabled={disabled} />
      <TextField
        label={t("fields.threshold")}
        hint={t("fields.thresholdHint")}
        name="report-threshold"
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        step={1}
        required
        value={values.threshold}
        onChange={(e) => onChange({ threshold: e.target.value })}
        error={error("suppressionThreshold")}
        className="mt-1 block w-32 rounded border border-gray-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
      />
    </>
  );
}
