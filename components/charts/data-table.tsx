import { numberDirection } from "./number-direction";

/**
 * The numbers behind a chart as a real table: a caption, column headers, one row header per
 * line (`<th scope="row">`). Cells arrive formatted; suppressed counts stay "<5". Its frame is a
 * named, focusable region so a table wider than a phone can be scrolled from the keyboard.
 */
export type TableRow = { key: string; label: string; cells: readonly string[] };

export function DataTable({
  caption,
  labelHeader,
  valueHeaders,
  rows,
  captionHidden = false,
}: {
  caption: string;
  labelHeader: string;
  valueHeaders: readonly string[];
  rows: readonly TableRow[];
  /** Keep the caption for assistive technology only (when a visible heading says the same). */
  captionHidden?: boolean;
}) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-700">
      <table className="w-full border-collapse text-sm">
        <caption className={captionHidden ? "sr-only" : "mb-2 text-start font-medium"}>{caption}</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-2 pe-4 text-start font-semibold">
              {labelHeader}
            </th>
            {valueHeaders.map((header) => (
              <th key={header} scope="col" className="py-2 ps-4 text-end font-semibold">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-gray-200">
              <th scope="row" className="py-1.5 pe-4 text-start font-normal">
                {row.label}
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} className="py-1.5 ps-4 text-end tabular-nums">
                  <span dir={numberDirection(cell)}>{cell}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
