"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FieldGroup } from "./form-controls";
import { fieldId, type SectionProps } from "./form-types";
import { rowKey, type OutcomeRow } from "./form-values";

const inputClass = "mt-1 block w-full rounded border border-gray-300 bg-white px-3 py-2 text-base";

/** Expected outcomes (measure, target, description) and the data-sharing flag. */
export function OutcomesSection({ values, set, error, options }: SectionProps) {
  const t = useTranslations("programmes");
  const rows = values.outcomes;
  const update = (key: string, patch: Partial<OutcomeRow>) => set("outcomes", rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const dataId = fieldId("involvesDataSharing");

  return (
    <fieldset className="mb-8 rounded border border-gray-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("form.outcomes")}</legend>
      <FieldGroup field="outcomes" legend={t("fields.outcomes")} hint={t("hints.outcomes")} error={error("outcomes")}>
        {rows.length === 0 && <p className="mb-2 text-sm text-gray-700">{t("form.noRows")}</p>}
        <ol className="space-y-3">
          {rows.map((row, index) => {
            const id = `pf-outcome-${row.key}`;
            return (
              <li key={row.key}>
                <fieldset className="rounded border border-gray-200 p-3">
                  <legend className="px-1 text-sm font-medium">{t("form.outcomeRow", { number: index + 1 })}</legend>
                  <div className="grid gap-3 sm:grid-cols-[1fr_8rem_2fr_auto] sm:items-end">
                    <div>
                      <label htmlFor={`${id}-metric`} className="block text-sm">
                        {t("form.outcomeMetric")}
                      </label>
                      <select id={`${id}-metric`} className={inputClass} value={row.metric} onChange={(e) => update(row.key, { metric: e.target.value as OutcomeRow["metric"] })}>
                        <option value="">{t("form.choose")}</option>
                        {options.metrics.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div>
                      <label htmlFor={`${id}-target`} className="block text-sm">
                        {t("form.outcomeTarget")}
                      </label>
                      <input
                        id={`${id}-target`}
                        type="number"
                        inputMode="numeric"
                        min={1}
                        step={1}
                        dir="ltr"
                        className={inputClass}
                        value={row.target}
                        onChange={(e) => update(row.key, { target: e.target.value })}
                      />
                    </div>
                    <div>
                      <label htmlFor={`${id}-description`} className="block text-sm">
                        {t("form.outcomeDescription")}
                      </label>
                      <input
                        id={`${id}-description`}
                        maxLength={300}
                        className={inputClass}
                        value={row.description}
                        onChange={(e) => update(row.key, { description: e.target.value })}
                      />
                    </div>
                    <Button variant="secondary" aria-label={t("form.removeOutcomeLabel", { number: index + 1 })} onClick={() => set("outcomes", rows.filter((r) => r.key !== row.key))}>
                      {t("form.remove")}
                    </Button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <Button variant="secondary" className="mt-3" onClick={() => set("outcomes", [...rows, { key: rowKey(), metric: "", target: "", description: "" }])}>
          {t("form.addOutcome")}
        </Button>
      </FieldGroup>
      <div className="mt-4">
        <label className="flex items-start gap-2 text-sm font-medium">
          <input
            id={dataId}
            type="checkbox"
            checked={values.involvesDataSharing}
            onChange={(e) => set("involvesDataSharing", e.target.checked)}
            aria-describedby={`${dataId}-hint${error("involvesDataSharing") ? ` ${dataId}-error` : ""}`}
            className="mt-0.5 size-4 shrink-0"
          />
          <span>{t("fields.involvesDataSharing")}</span>
        </label>
        <p id={`${dataId}-hint`} className="mt-1 ms-6 text-xs text-gray-600">
          {t("hints.dataSharing")}
        </p>
        {error("involvesDataSharing") && (
          <p id={`${dataId}-error`} className="mt-1 ms-6 text-sm text-red-700" role="alert">
            {error("involvesDataSharing")}
          </p>
        )}
      </div>
    </fieldset>
  );
}
