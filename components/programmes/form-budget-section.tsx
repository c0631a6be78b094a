"use client";
import { useLocale, useTranslations } from "next-intl";
import { Options, SelectField, TextField } from "@/components/forms/field";
import { RowCell, RowEditor } from "@/components/forms/row-editor";
import { FieldGroup } from "./form-controls";
import { bindField, type SectionProps } from "./form-types";
import { parseNumber, rowKey, type FundingRow } from "./form-values";

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
  const total = rows.reduce((sum, r) => sum + (parseNumber(r.amount) || 0), 0);
  const budget = parseNumber(values.budgetAmount);
  const currency = values.budgetCurrency || "USD";
  const bind = (field: "budgetAmount" | "budgetCurrency") => bindField({ values, set, error }, field);

  return (
    <fieldset className="mb-8 rounded border border-gray-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("form.budget")}</legend>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField type="number" inputMode="decimal" min={0} step="0.01" label={t("fields.budgetAmount")} hint={t("hints.budget")} {...bind("budgetAmount")} dir="ltr" />
        <SelectField label={t("fields.budgetCurrency")} hint={t("hints.currency")} {...bind("budgetCurrency")}>
          <Options choose={t("form.choose")} options={options.currencies} />
        </SelectField>
      </div>
      <FieldGroup field="fundingSources" legend={t("fields.fundingSources")} hint={t("hints.fundingSources")} error={error("fundingSources")}>
        <RowEditor
          rows={rows}
          onChange={(next) => set("fundingSources", next)}
          newRow={(): FundingRow => ({ key: rowKey(), name: "", side: "", amount: "" })}
          idPrefix="pf-funding"
          rowLegend={(number) => t("form.fundingRow", { number })}
          removeLabel={(number) => t("form.removeFundingLabel", { number })}
          removeText={t("form.remove")}
          addText={t("form.addFunding")}
          emptyText={t("form.noRows")}
          gridClass="sm:grid-cols-[2fr_1fr_1fr_auto]"
          cells={(row, cell) => (
            <>
              <RowCell id={cell.id("name")} label={t("form.fundingName")}>
                {(props) => <input {...props} value={row.name} onChange={(e) => cell.update({ name: e.target.value })} />}
              </RowCell>
              <RowCell id={cell.id("side")} label={t("form.fundingSide")}>
                {(props) => (
                  <select {...props} value={row.side} onChange={(e) => cell.update({ side: e.target.value as FundingRow["side"] })}>
                    <Options choose={t("form.choose")} options={options.fundingSides} />
                  </select>
                )}
              </RowCell>
              <RowCell id={cell.id("amount")} label={t("form.fundingAmount")}>
                {(props) => (
                  <input {...props} type="number" inputMode="decimal" min={0} step="0.01" dir="ltr" value={row.amount} onChange={(e) => cell.update({ amount: e.target.value })} />
                )}
              </RowCell>
            </>
          )}
          footer={
            rows.length > 0 &&
            budget !== undefined &&
            Number.isFinite(budget) && (
              <p className="text-sm text-gray-700" aria-live="polite">
                {t("form.fundingTotal", { amount: money(locale, total, currency), budget: money(locale, budget, currency) })}
              </p>
            )
          }
        />
      </FieldGroup>
    </fieldset>
  );
}
