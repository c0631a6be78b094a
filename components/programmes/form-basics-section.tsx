"use client";
import { useTranslations } from "next-intl";
import { Options, SelectField, TextArea, TextField } from "@/components/forms/field";
import { CheckboxList, FieldGroup } from "./form-controls";
import { bindField, shows, type SectionProps, type TextFieldName } from "./form-types";

/** Title, texts, working area, format, sectors and mechanism. */
export function BasicsSection({ values, set, error, options, only }: SectionProps) {
  const t = useTranslations("programmes");
  const bind = (field: TextFieldName) => bindField({ values, set, error }, field);
  return (
    <fieldset className="mb-8 rounded border border-gray-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("form.basics")}</legend>
      {shows(only, "title", "summary", "description", "workingArea", "format") && (
        <>
      <TextField label={t("fields.title")} hint={t("hints.title")} required maxLength={200} {...bind("title")} />
      <TextArea label={t("fields.summary")} hint={t("hints.summary")} rows={3} maxLength={1000} {...bind("summary")} />
      <TextArea label={t("fields.description")} hint={t("hints.description")} rows={12} {...bind("description")} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField label={t("fields.workingArea")} hint={t("hints.workingArea")} {...bind("workingArea")}>
          <Options choose={t("form.choose")} options={options.workingAreas} />
        </SelectField>
        <SelectField label={t("fields.format")} {...bind("format")}>
          <Options choose={t("form.choose")} options={options.formats} />
        </SelectField>
      </div>
        </>
      )}
      {shows(only, "sectors", "mechanismCode") && (
        <>
      <FieldGroup field="sectors" legend={t("fields.sectors")} hint={t("hints.sectors")} error={error("sectors")}>
        <p className="mb-2 text-xs text-gray-700" aria-live="polite">
          {t("form.sectorsChosen", { count: values.sectors.length })}
        </p>
        <CheckboxList name="sectors" options={options.sectors} chosen={values.sectors} onChange={(next) => set("sectors", next)} max={5} />
      </FieldGroup>
      <SelectField label={t("fields.mechanismCode")} hint={t("hints.mechanism")} {...bind("mechanismCode")}>
        <Options choose={t("form.choose")} options={options.mechanisms} />
      </SelectField>
        </>
      )}
    </fieldset>
  );
}
