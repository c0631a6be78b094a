"use client";
import { useTranslations } from "next-intl";
import { TextControl } from "./form-field";
import type { SectionProps } from "./form-types";

/** The clauses (Markdown) and the effective and expiry dates. */
export function ClausesSection({ values, set, message }: SectionProps) {
  const t = useTranslations("agreements");
  return (
    <fieldset className="mb-8 rounded border border-gray-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("form.sections.clauses")}</legend>
      <TextControl path="clauses" label={t("fields.clauses")} value={values.clauses} onChange={(v) => set("clauses", v)} message={message("clauses")} multiline rows={10} maxLength={50_000} hint={t("form.clausesHint")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextControl path="effectiveDate" type="date" label={t("fields.effectiveDate")} value={values.effectiveDate} onChange={(v) => set("effectiveDate", v)} message={message("effectiveDate")} />
        <TextControl path="expiryDate" type="date" label={t("fields.expiryDate")} value={values.expiryDate} onChange={(v) => set("expiryDate", v)} message={message("expiryDate")} />
      </div>
    </fieldset>
  );
}
