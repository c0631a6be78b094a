"use client";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FieldGroup } from "./form-controls";
import { fieldId, type SectionProps } from "./form-types";
import { parseNumber, rowKey, type FundingRow } from "./form-values";

const inputClass = "mt-1 block w-full rounded border border-gray-300 bg-white px-3 py-2 text-base";

function money(locale: string, amount: number, currency: string) {
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount);
  } catch {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
  }
}

/** Total budget, currency and the funding sources with each side's contribution. */
export function BudgetSection({ values, set, error, options }: SectionProps) {
  const t = useTranslations("programmes");
  const locale = useLocale();
  const rows = values.fundingSources;
  const update = (key: string, patch: Partial<FundingRow>) => set("fundingSources", rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const total = rows.reduce((sum, r) => sum + (parseNumber(r.amount) || 0), 0);
  const budget = parseNumber(values.budgetAmount);
  const currency = values.budgetCurrency || "USD";

  return (
    <fieldset className="mb-8 rounded border border-gray-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("form.budget")}</legend>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          type="number"
          inputMode="decimal"
          min={0}
          step="0.01"
          label={t("fields.budgetAmount")}
          hint={t("hints.budget")}
          name={fieldId("budgetAmount")}
          value={values.budgetAmount}
          onChange={(e) => set("budgetAmount", e.target.value)}
          error={error("budgetAmount")}
          dir="ltr"
        />
        <SelectField
          label={t("fields.budgetCurrency")}
          hint={t("hints.currency")}
          name={fieldId("budgetCurrency")}
          value={values.budgetCurrency}
          onChange={(e) => set("budgetCurrency", e.target.value)}
          error={error("budgetCurrency")}
        >
          <option value="">{t("form.choose")}</option>
          {options.currencies.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
      </div>
      <FieldGroup field="fundingSources" legend={t("fields.fundingSources")} hint={t("hints.fundingSources")} error={error("fundingSources")}>
        {rows.length === 0 && <p className="mb-2 text-sm text-gray-700">{t("form.noRows")}</p>}
        <ol className="space-y-3">
          {rows.map((row, index) => {
            const id = `pf-funding-${row.key}`;
            return (
              <li key={row.key}>
                <fieldset className="rounded border border-gray-200 p-3">
                  <legend className="px-1 text-sm font-medium">{t("form.fundingRow", { number: index + 1 })}</legend>
                  <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
                    <div>
                      <label htmlFor={`${id}-name`} className="block text-sm">
                        {t("form.fundingName")}
                      </label>
                      <input id={`${id}-name`} className={inputClass} value={row.name} onChange={(e) => update(row.key, { name: e.target.value })} />
                    </div>
                    <div>
                      <label htmlFor={`${id}-side`} className="block text-sm">
                        {t("form.fundingSide")}
                      </label>
                      <select id={`${id}-side`} className={inputClass} value={row.side} onChange={(e) => update(row.key, { side: e.target.value as FundingRow["side"] })}>
                        <option value="">{t("form.choose")}</option>
                        {options.fundingSides.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div>
                      <label htmlFor={`${id}-amount`} className="block text-sm">
                        {t("form.fundingAmount")}
                      </label>
                      <input
                        id={`${id}-amount`}
                        type="number"
                        inputMode="decimal"
                        min={0}
                        step="0.01"
                        dir="ltr"
                        className={inputClass}
                        value={row.amount}
                        onChange={(e) => update(row.key, { amount: e.target.value })}
                      />
                    </div>
                    <Button
                      variant="secondary"
                      aria-label={t("form.removeFundingLabel", { number: index + 1 })}
                      onClick={() => set("fundingSources", rows.filter((r) => r.key !== row.key))}
                    >
                      {t("form.remove")}
                    </Button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <Button variant="secondary" onClick={() => set("fundingSources", [...rows, { key: rowKey(), name: "", side: "", amount: "" }])}>
            {t("form.addFunding")}
          </Button>
          {rows.length > 0 && budget !== undefined && Number.isFinite(budget) && (
            <p className="text-sm text-gray-700" aria-live="polite">
              {t("form.fundingTotal", { amount: money(locale, total, currency), budget: money(locale, budget, currency) })}
            </p>
          )}
        </div>
      </FieldGroup>
    </fieldset>
  );
}
