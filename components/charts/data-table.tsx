import { numberDirection } from "./number-direction";

/**
 * The numbers behind a chart as a real table: a caption, column headers, one row header per
 * line (`<th scope="row">`). Cells arrive formatted; suppressed counts stay "<5". Its frame is a
 * named, focusable region so a table wider than a phone can be scrolled from the keyboard.
 * Its cells are styled by the one `data-table` class (app/globals.css), not by classes on each of
 * the hundreds of cells of a report: the page's HTML and its RSC payload carry them once.
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
      <table className="data-table w-full border-collapse text-sm">
        <caption className={captionHidden ? "sr-only" : "mb-2 text-start font-medium"}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            {valueHeaders.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>
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
