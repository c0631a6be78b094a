"use client";
import { useTranslations } from "next-intl";
import { Options, SelectField, TextField } from "@/components/forms/field";
import { REPORT_PERIODS, type ReportPeriod } from "@/server/vocabulary";
import { snapPeriod } from "./periods";

export type PeriodValue = { periodKind: ReportPeriod; periodStart: string; periodEnd: string };

/**
 * Kind of period and its first and last days. For a quarter or a year, choosing the first day
 * fills in the whole calendar quarter or year (the server accepts nothing else for those kinds).
 */
export function PeriodFields({
  value,
  onChange,
  errors,
  disabled,
  idPrefix,
}: {
  value: PeriodValue;
  onChange: (next: PeriodValue) => void;
  errors: { periodStart?: string | null; periodEnd?: string | null };
  disabled?: boolean;
  idPrefix: string;
}) {
  const t = useTranslations("transparency");
  const change = (patch: Partial<PeriodValue>) => {
    const next = { ...value, ...patch };
    const snapped = snapPeriod(next.periodKind, next.periodStart, next.periodEnd);
    onChange({ ...next, periodStart: snapped.start, periodEnd: snapped.end });
  };
  return (
    <div className="grid gap-x-4 sm:grid-cols-3">
      <SelectField
        label={t("admin.fields.periodKind")}
        name={`${idPrefix}-period-kind`}
        value={value.periodKind}
        disabled={disabled}
        onChange={(e) => change({ periodKind: e.target.value as ReportPeriod })}
      >
        <Options options={REPORT_PERIODS.map((kind) => ({ value: kind, label: t(`periodKinds.${kind}`) }))} />
      </SelectField>
      <TextField
        label={t("admin.fields.periodStart")}
        name={`${idPrefix}-period-start`}
        type="date"
        required
        value={value.periodStart}
        disabled={disabled}
        onChange={(e) => change({ periodStart: e.target.value })}
        error={errors.periodStart}
      />
      <TextField
        label={t("admin.fields.periodEnd")}
        name={`${idPrefix}-period-end`}
        type="date"
        required
        value={value.periodEnd}
        disabled={disabled}
        readOnly={value.periodKind !== "custom"}
        onChange={(e) => onChange({ ...value, periodEnd: e.target.value })}
        error={errors.periodEnd}
      />
    </div>
  );
}
