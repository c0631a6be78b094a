"use client";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/field";
import { CheckboxList, FieldGroup } from "./form-controls";
import { bindField, shows, type SectionProps, type TextFieldName } from "./form-types";

/** Dates, capacity and languages of delivery. */
export function ScheduleSection({ values, set, error, options, only }: SectionProps) {
  const t = useTranslations("programmes");
  const bind = (field: TextFieldName) => bindField({ values, set, error }, field);
  return (
    <fieldset className="mb-8 rounded border border-gray-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("form.schedule")}</legend>
      {shows(only, "startDate", "endDate", "applicationDeadline", "capacity") && (
        <>
      <p className="mb-3 text-xs text-gray-600">{t("hints.dates")}</p>
      <div className="grid gap-x-4 sm:grid-cols-3">
        <TextField type="date" label={t("fields.applicationDeadline")} {...bind("applicationDeadline")} />
        <TextField type="date" label={t("fields.startDate")} {...bind("startDate")} />
        <TextField type="date" label={t("fields.endDate")} {...bind("endDate")} />
      </div>
      <TextField
        type="number"
        inputMode="numeric"
        min={1}
        max={10000}
        step={1}
        label={t("fields.capacity")}
        hint={t("hints.capacity")}
        {...bind("capacity")}
        className="mt-1 block w-40 rounded border border-gray-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
      />
        </>
      )}
      {shows(only, "languages") && (
      <FieldGroup field="languages" legend={t("fields.languages")} hint={t("hints.languages")} error={error("languages")}>
        <CheckboxList name="languages" options={options.languages} chosen={values.languages} onChange={(next) => set("languages", next)} max={10} />
      </FieldGroup>
      )}
    </fieldset>
  );
}
