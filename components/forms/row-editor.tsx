"use client";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "./field";

type Keyed = { key: string };

/**
 * THE repeatable-row editor (funding sources, expected outcomes, …): each row a fieldset with a
 * numbered legend, its cells and a remove button; an add button below. Rows carry a stable `key`.
 */
export function RowEditor<Row extends Keyed>({
  rows,
  onChange,
  newRow,
  idPrefix,
  rowLegend,
  removeLabel,
  removeText,
  addText,
  emptyText,
  gridClass,
  cells,
  footer,
}: {
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  newRow: () => NoInfer<Row>;
  /** Cell ids are `<idPrefix>-<row key>-<cell>`. */
  idPrefix: string;
  rowLegend: (number: number) => string;
  removeLabel: (number: number) => string;
  removeText: string;
  addText: string;
  emptyText: string;
  /** The grid of one row's cells and its remove button on wide screens. */
  gridClass: string;
  cells: (row: Row, cell: { id: (name: string) => string; update: (patch: Partial<Row>) => void }) => ReactNode;
  /** Beside the add button (e.g. a running total). */
  footer?: ReactNode;
}) {
  const update = (key: string, patch: Partial<Row>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <>
      {rows.length === 0 && <p className="mb-2 text-sm text-gray-700">{emptyText}</p>}
      <ol className="space-y-3">
        {rows.map((row, index) => (
          <li key={row.key}>
            <fieldset className="rounded border border-gray-200 p-3">
              <legend className="px-1 text-sm font-medium">{rowLegend(index + 1)}</legend>
              <div className={`grid gap-3 sm:items-end ${gridClass}`}>
                {cells(row, { id: (name) => `${idPrefix}-${row.key}-${name}`, update: (patch) => update(row.key, patch) })}
                <Button variant="secondary" aria-label={removeLabel(index + 1)} onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
                  {removeText}
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={() => onChange([...rows, newRow()])}>
          {addText}
        </Button>
        {footer}
      </div>
    </>
  );
}

/** One labelled cell of a row: a small label above its control. */
export function RowCell({ id, label, children }: { id: string; label: string; children: (props: { id: string; className: string }) => ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm">
        {label}
      </label>
      {children({ id, className: inputClass })}
    </div>
  );
}
