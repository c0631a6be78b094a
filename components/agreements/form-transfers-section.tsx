"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FieldMessage, describe, inputClass } from "./form-field";
import { fieldId, type Option, type SectionProps } from "./form-types";
import { rowKey, type TransferRow } from "./form-values";
import { Options } from "@/components/forms/field";

/**
 * Cross-border transfers: origin, destination and safeguard. The safeguard select lists only
 * what the ORIGIN country's rule accepts ("no safeguard needed" where its law requires none;
 * every safeguard where no rule is known). A value already chosen stays listed, so nothing is lost.
 */
export function TransfersSection({ values, set, message, options }: SectionProps) {
  const t = useTranslations("agreements");
  const rows = values.transfers;
  const update = (key: string, patch: Partial<TransferRow>) => set("transfers", rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const label = (code: string) => options.safeguards.find((s) => s.value === code)?.label ?? code;

  const safeguardChoices = (row: TransferRow): { options: Option[]; emptyLabel: string; note: string | null } => {
    if (!row.fromCountry) return { options: [], emptyLabel: t("form.chooseCountryFirst"), note: null };
    const rule = options.rules[row.fromCountry];
    const accepted = rule ? (rule.required ? rule.accepted : []) : options.safeguards.map((s) => s.value);
    const list = accepted.map((code) => ({ value: code, label: label(code) }));
    if (row.safeguard && !accepted.includes(row.safeguard)) list.push({ value: row.safeguard, label: label(row.safeguard) });
    return { options: list, emptyLabel: rule && !rule.required ? t("form.noSafeguardNeeded") : t("form.choose"), note: rule ? null : t("form.noRule") };
  };

  const country = (path: string, labelText: string, value: string, onChange: (v: string) => void) => {
    const aria = describe(path, message(path));
    return (
      <div>
        <label htmlFor={aria.id} className="block text-sm">
          {labelText}
        </label>
        <select {...aria} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)}>
          <Options choose={t("form.choose")} options={options.countries} />
        </select>
        <FieldMessage path={path} message={message(path)} />
      </div>
    );
  };

  return (
    <fieldset id={fieldId("transfers")} tabIndex={-1} className="mb-8 rounded border border-gray-200 bg-white p-4 outline-none">
      <legend className="px-1 text-lg font-semibold">{t("form.sections.transfers")}</legend>
      <p id={`${fieldId("transfers")}-hint`} className="mb-2 text-xs text-gray-600">
        {t("form.safeguardHint")}
      </p>
      <FieldMessage path="transfers" message={message("transfers")} />
      {rows.length === 0 && <p className="mb-2 text-sm text-gray-700">{t("form.noRows")}</p>}
      <ol className="space-y-3">
        {rows.map((row, index) => {
          const path = `transfers.${index}.safeguard`;
          const choice = safeguardChoices(row);
          const safeguard = describe(path, message(path));
          return (
            <li key={row.key}>
              <fieldset className="rounded border border-gray-200 p-3">
                <legend className="px-1 text-sm font-medium">{t("form.transfer", { number: index + 1 })}</legend>
                <div className="grid gap-3 sm:grid-cols-3">
                  {country(`transfers.${index}.fromCountry`, t("form.transferFrom"), row.fromCountry, (v) => update(row.key, { fromCountry: v }))}
                  {country(`transfers.${index}.toCountry`, t("form.transferTo"), row.toCountry, (v) => update(row.key, { toCountry: v }))}
                  <div>
                    <label htmlFor={safeguard.id} className="block text-sm">
                      {t("form.transferSafeguard")}
                    </label>
                    <select {...safeguard} className={inputClass} value={row.safeguard} onChange={(e) => update(row.key, { safeguard: e.target.value })}>
                      <Options choose={choice.emptyLabel} options={choice.options} />
                    </select>
                    {choice.note && <p className="mt-1 text-xs text-gray-600">{choice.note}</p>}
                    <FieldMessage path={path} message={message(path)} />
                  </div>
                </div>
                <Button variant="secondary" className="mt-2" aria-label={t("form.removeTransfer", { number: index + 1 })} onClick={() => set("transfers", rows.filter((r) => r.key !== row.key))}>
                  {t("form.remove")}
                </Button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" className="mt-3" onClick={() => set("transfers", [...rows, { key: rowKey(), fromCountry: "", toCountry: "", safeguard: "" }])}>
        {t("form.addTransfer")}
      </Button>
    </fieldset>
  );
}
