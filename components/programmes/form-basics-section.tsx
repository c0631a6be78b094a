"use client";
import { useTranslations } from "next-intl";
import { SelectField, TextArea, TextField } from "@/components/forms/field";
import { CheckboxList, FieldGroup } from "./form-controls";
import { fieldId, shows, type SectionProps } from "./form-types";

/** Title, texts, working area, format, sectors and mechanism. */
export function BasicsSection({ values, set, error, options, only }: SectionProps) {
  const t = useTranslations("programmes");
  return (
    <fieldset className="mb-8 rounded border border-gray-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("form.basics")}</legend>
      {shows(only, "title", "summary", "description", "workingArea", "format") && (
        <>
      <TextField
        label={t("fields.title")}
        hint={t("hints.title")}
        name={fieldId("title")}
        required
        maxLength={200}
        value={values.title}
        onChange={(e) => set("title", e.target.value)}
        error={error("title")}
      />
      <TextArea
        label={t("fields.summary")}
        hint={t("hints.summary")}
        name={fieldId("summary")}
        rows={3}
        maxLength={1000}
        value={values.summary}
        onChange={(e) => set("summary", e.target.value)}
        error={error("summary")}
      />
      <TextArea
        label={t("fields.description")}
        hint={t("hints.description")}
        name={fieldId("description")}
        rows={12}
        value={values.description}
        onChange={(e) => set("description", e.target.value)}
        error={error("description")}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          label={t("fields.workingArea")}
          hint={t("hints.workingArea")}
          name={fieldId("workingArea")}
          value={values.workingArea}
          onChange={(e) => set("workingArea", e.target.value)}
          error={error("workingArea")}
        >
          <option value="">{t("form.choose")}</option>
          {options.workingAreas.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("fields.format")} name={fieldId("format")} value={values.format} onChange={(e) => set("format", e.target.value)} error={error("format")}>
          <option value="">{t("form.choose")}</option>
          {options.formats.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
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
      <SelectField
        label={t("fields.mechanismCode")}
        hint={t("hints.mechanism")}
        name={fieldId("mechanismCode")}
        value={values.mechanismCode}
        onChange={(e) => set("mechanismCode", e.target.value)}
        error={error("mechanismCode")}
      >
        <option value="">{t("form.choose")}</option>
        {options.mechanisms.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectField>
        </>
      )}
    </fieldset>
  );
}
