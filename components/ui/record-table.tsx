import type { ReactNode } from "react";

/** One column of a record table: its header and how a row fills its cell. */
export type Column<Row> = {
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** The row's own header (`<th scope="row">`): the first column, usually the name or title. */
  rowHeader?: boolean;
  /** Added to the cell's class (e.g. "text-end", "whitespace-nowrap"); "text-end" also aligns the header. */
  className?: string;
  /** For references, emails and numbers: "ltr" keeps them readable in Arabic. */
  dir?: "ltr" | "auto";
};

/**
 * THE table of records (dashboards, panels, lists): a scrolling bordered frame, column headers,
 * one row header per record. `false` in `columns` leaves a column out (e.g. actions the viewer
 * may not take).
 */
export function RecordTable<Row>({
  labelledBy,
  caption,
  rows,
  rowKey,
  columns,
  className = "",
  rowClassName,
  bodyClassName = "divide-y divide-gray-100",
  headerWeight = "font-medium",
  scrollRegion = false,
  plain = false,
  dense = false,
}: {
  /** The heading that names the table, or else a caption for assistive technology. */
  labelledBy?: string;
  caption?: string;
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  columns: readonly (Column<Row> | false | null | undefined)[];
  className?: string;
  rowClassName?: string | ((row: Row) => string | undefined);
  /** A wide table: the frame is a focusable, named region so keyboard users can scroll it sideways. */
  scrollRegion?: boolean;
  /** No frame: rules between rows (documents such as agreements and their records). */
  plain?: boolean;
  /** Tighter rows (py-1). */
  dense?: boolean;
  bodyClassName?: string;
  headerWeight?: "font-medium" | "font-semibold";
}) {
  const pad = `${dense ? "py-1" : "py-2"} ${plain ? "pe-4" : "px-3"}`;
  const frame = plain ? "" : "rounded border border-gray-200 bg-white";
  const shown = columns.filter((c): c is Column<Row> => Boolean(c));
  const end = (c: Column<Row>) => (c.className?.includes("text-end") ? " text-end" : "");
  return (
    <div
      className={`overflow-x-auto ${frame} ${scrollRegion ? "focus-visible:outline-2 focus-visible:outline-brand-700" : ""} ${className}`}
      {...(scrollRegion ? { role: "region", ...(caption ? { "aria-label": caption } : { "aria-labelledby": labelledBy }), tabIndex: 0 } : {})}
    >
      <table className="min-w-full text-sm" aria-labelledby={labelledBy}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className={plain ? undefined : "bg-gray-50"}>
          <tr className={plain ? "border-b border-gray-300" : undefined}>
            {shown.map((c, i) => (
              <th key={i} scope="col" className={`${pad} text-start ${headerWeight}${end(c)}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={plain ? "[&>tr]:border-b [&>tr]:border-gray-100" : bodyClassName}>
          {rows.map((row, r) => (
            <tr key={rowKey(row, r)} className={typeof rowClassName === "function" ? rowClassName(row) : rowClassName}>
              {shown.map((c, i) =>
                c.rowHeader ? (
                  <th key={i} scope="row" dir={c.dir} className={`${pad} text-start ${c.className?.includes("font-") ? "" : "font-normal "}${c.className ?? ""}`}>
                    {c.cell(row, r)}
                  </th>
                ) : (
                  <td key={i} dir={c.dir} className={`${pad} ${c.className ?? ""}`}>
                    {c.cell(row, r)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A record's name with its reference below it (references stay left-to-right). */
export function WithReference({ children, reference }: { children: ReactNode; reference: string }) {
  return (
    <>
      {children}
      <span className="block text-xs text-gray-700">
        <bdi>{reference}</bdi>
      </span>
    </>
  );
}
