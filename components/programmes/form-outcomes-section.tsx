"use client";
import { useTranslations } from "next-intl";
import { Options } from "@/components/forms/field";
import { RowCell, RowEditor } from "@/components/forms/row-editor";
import { FieldGroup } from "./form-controls";
import { fieldId, type SectionProps } from "./form-types";
import { rowKey, type OutcomeRow } from "./form-values";

/** Expected outcomes (measure, target, description) and the data-sharing flag. */
export function OutcomesSection({ values, set, error, options }: SectionProps) {
  const t = useTranslations("programmes");
  const rows = values.outcomes;
  const dataId = fieldId("involvesDataSharing");

  return (
    <fieldset className="mb-8 rounded border border-gray-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("form.outcomes")}</legend>
      <FieldGroup field="outcomes" legend={t("fields.outcomes")} hint={t("hints.outcomes")} error={error("outcomes")}>
        <RowEditor
          rows={rows}
          onChange={(next) => set("outcomes", next)}
          newRow={(): OutcomeRow => ({ key: rowKey(), metric: "", target: "", description: "" })}
          idPrefix="pf-outcome"
          rowLegend={(number) => t("form.outcomeRow", { number })}
          removeLabel={(number) => t("form.removeOutcomeLabel", { number })}
          removeText={t("form.remove")}
          addText={t("form.addOutcome")}
          emptyText={t("form.noRows")}
          gridClass="sm:grid-cols-[1fr_8rem_2fr_auto]"
          cells={(row, cell) => (
            <>
              <RowCell id={cell.id("metric")} label={t("form.outcomeMetric")}>
                {(props) => (
                  <select {...props} value={row.metric} onChange={(e) => cell.update({ metric: e.target.value as OutcomeRow["metric"] })}>
                    <Options choose={t("form.choose")} options={options.metrics} />
                  </select>
                )}
              </RowCell>
              <RowCell id={cell.id("target")} label={t("form.outcomeTarget")}>
                {(props) => <input {...props} type="number" inputMode="numeric" min={1} step={1} dir="ltr" value={row.target} onChange={(e) => cell.update({ target: e.target.value })} />}
              </RowCell>
              <RowCell id={cell.id("description")} label={t("form.outcomeDescription")}>
                {(props) => <input {...props} maxLength={300} value={row.description} onChange={(e) => cell.update({ description: e.target.value })} />}
              </RowCell>
            </>
          )}
        />
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
