import { BarChart } from "@/components/charts/bar-chart";
import type { BarDatum, Direction } from "@/components/charts/bar-layout";
import { DataTable, type TableRow } from "@/components/charts/data-table";

export type HeadingLevel = 3 | 4;

/**
 * One figure: its heading, the bar chart (an image with a text alternative) and the same
 * numbers as a table. `chartData` may be a subset of the table's rows (long breakdowns).
 */
export function FigureBlock({
  id,
  level,
  title,
  note,
  summary,
  chartData,
  rows,
  labelHeader,
  valueHeaders,
  dir,
  emptyText,
}: {
  id: string;
  level: HeadingLevel;
  title: string;
  note?: string;
  summary: string;
  chartData: readonly BarDatum[];
  rows: readonly TableRow[];
  labelHeader: string;
  valueHeaders: readonly string[];
  dir: Direction;
  emptyText: string;
}) {
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-gray-200 bg-white p-4" data-figure={id}>
      <Heading id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </Heading>
      {note && <p className="mt-1 text-sm text-gray-700">{note}</p>}
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-gray-700">{emptyText}</p>
      ) : (
        <div className="mt-3 grid gap-4 lg:grid-cols-2">
          <BarChart id={`${id}-chart`} title={title} summary={summary} data={chartData} dir={dir} />
          <DataTable caption={title} captionHidden labelHeader={labelHeader} valueHeaders={valueHeaders} rows={rows} />
        </div>
      )}
    </section>
  );
}
