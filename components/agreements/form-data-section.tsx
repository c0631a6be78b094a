"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FieldMessage, TextControl, describe, inputClass } from "./form-field";
import { fieldId, type SectionProps } from "./form-types";
import { rowKey, type CategoryRow } from "./form-values";

/** Purpose, legal basis and the data categories, each flagged personal / sensitive. */
export function DataSection({ values, set, message }: SectionProps) {
  const t = useTranslations("agreements");
  const rows = values.dataCategories;
  const update = (key: string, patch: Partial<CategoryRow>) => set("dataCategories", rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <fieldset className="mb-8 rounded border border-gray-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("form.sections.data")}</legend>
      <TextControl path="purpose" label={t("fields.purpose")} value={values.purpose} onChange={(v) => set("purpose", v)} message={message("purpose")} multiline maxLength={5000} />
      <TextControl path="legalBasis" label={t("fields.legalBasis")} value={values.legalBasis} onChange={(v) => set("legalBasis", v)} message={message("legalBasis")} multiline rows={3} maxLength={2000} />
      <fieldset id={fieldId("dataCategories")} tabIndex={-1} className="outline-none">
        <legend className="block text-sm font-medium">{t("fields.dataCategories")}</legend>
        <FieldMessage path="dataCategories" message={message("dataCategories")} />
        {rows.length === 0 && <p className="my-2 text-sm text-gray-700">{t("form.noRows")}</p>}
        <ol className="mt-2 space-y-3">
          {rows.map((row, index) => {
            const name = describe(`dataCategories.${index}.name`, message(`dataCategories.${index}.name`));
            const personal = describe(`dataCategories.${index}.personal`, message(`dataCategories.${index}.personal`));
            const sensitive = describe(`dataCategories.${index}.sensitive`, message(`dataCategories.${index}.sensitive`));
            return (
              <li key={row.key}>
                <fieldset className="rounded border border-gray-200 p-3">
                  <legend className="px-1 text-sm font-medium">{t("form.category", { number: index + 1 })}</legend>
                  <label htmlFor={name.id} className="block text-sm">
                    {t("form.categoryName")}
                  </label>
                  <input {...name} dir="auto" maxLength={200} className={inputClass} value={row.name} onChange={(e) => update(row.key, { name: e.target.value })} />
                  <FieldMessage path={`dataCategories.${index}.name`} message={message(`dataCategories.${index}.name`)} />
                  <div className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-2">
                    <label className="flex items-center gap-2 text-sm">
                      <input {...personal} type="checkbox" className="size-4" checked={row.personal} onChange={(e) => update(row.key, { personal: e.target.checked })} />
                      {t("form.categoryPersonal")}
                    </label>
                    <label className="flex items-center gap-2 text-sm">
                      <input
                        {...sensitive}
                        type="checkbox"
                        className="size-4"
                        checked={row.sensitive}
                        onChange={(e) => update(row.key, { sensitive: e.target.checked, ...(e.target.checked ? { personal: true } : {}) })}
                      />
                      {t("form.categorySensitive")}
                    </label>
                    <Button variant="secondary" aria-label={t("form.removeCategory", { number: index + 1 })} onClick={() => set("dataCategories", rows.filter((r) => r.key !== row.key))}>
                      {t("form.remove")}
                    </Button>
                  </div>
                  <FieldMessage path={`dataCategories.${index}.personal`} message={message(`dataCategories.${index}.personal`)} />
                </fieldset>
              </li>
            );
          })}
        </ol>
        <Button variant="secondary" className="mt-3" onClick={() => set("dataCategories", [...rows, { key: rowKey(), name: "", personal: false, sensitive: false }])}>
          {t("form.addCategory")}
        </Button>
      </fieldset>
    </fieldset>
  );
}
