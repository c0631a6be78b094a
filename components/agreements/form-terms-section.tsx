"use client";
import { useTranslations } from "next-intl";
import { FieldMessage, TextControl, describe } from "./form-field";
import type { SectionProps } from "./form-types";

/** Retention and deletion, security, onward transfers, breach deadline, audit, law and disputes. */
export function TermsSection({ values, set, message }: SectionProps) {
  const t = useTranslations("agreements");
  const deletion = describe("deletionAtEnd", message("deletionAtEnd"));
  const text = (field: "retentionPeriod" | "securityMeasures" | "onwardTransfer" | "auditRights" | "governingLaw" | "disputeResolution", max: number, extra: { hint?: string; rows?: number; multiline?: boolean } = {}) => (
    <TextControl path={field} label={t(`fields.${field}`)} value={values[field]} onChange={(v) => set(field, v)} message={message(field)} maxLength={max} multiline={extra.multiline ?? true} rows={extra.rows ?? 3} hint={extra.hint} />
  );
  return (
    <fieldset className="mb-8 rounded border border-gray-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("form.sections.terms")}</legend>
      {text("retentionPeriod", 500, { multiline: false, hint: t("form.retentionHint") })}
      <div className="mb-4">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input {...deletion} type="checkbox" className="size-4" checked={values.deletionAtEnd} onChange={(e) => set("deletionAtEnd", e.target.checked)} />
          {t("form.deletionAtEnd")}
        </label>
        <FieldMessage path="deletionAtEnd" message={message("deletionAtEnd")} />
      </div>
      {text("securityMeasures", 5000, { rows: 4 })}
      {text("onwardTransfer", 2000)}
      <TextControl
        path="breachNotificationHours"
        type="number"
        label={t("fields.breachNotificationHours")}
        value={values.breachNotificationHours}
        onChange={(v) => set("breachNotificationHours", v)}
        message={message("breachNotificationHours")}
      />
      {text("auditRights", 2000)}
      {text("governingLaw", 500, { multiline: false })}
      {text("disputeResolution", 2000)}
    </fieldset>
  );
}
