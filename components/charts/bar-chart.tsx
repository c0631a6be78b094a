import { BAR_HEIGHT, LABEL_FONT_SIZE, layoutBars, STUB_WIDTH, type BarDatum, type Direction } from "./bar-layout";

/**
 * SVG text has no <bdi>: a label is a first-strong isolate (a Latin name keeps its order in an
 * Arabic chart), a value a left-to-right isolate ("<5" never turns into "5>").
 */
const isolate = (text: string) => `\u2068${text}\u2069`;
const leftToRight = (text: string) => `\u2066${text}\u2069`;

/**
 * A horizontal bar chart drawn as plain SVG on the server (no script, no chart library).
 * It is one image for assistive technology: `role="img"` named by its <title> and described by
 * its <desc> (give a one-sentence summary); the same numbers must also be offered as a table
 * (see DataTable). Labels and values arrive already translated and formatted. A suppressed count
 * (value null) draws no bar but a small dashed outline, followed by its display text ("<5").
 */
export function BarChart({
  id,
  title,
  summary,
  data,
  dir = "ltr",
  max,
}: {
  /** Unique on the page: the <title> and <desc> ids are derived from it. */
  id: string;
  title: string;
  summary: string;
  data: readonly BarDatum[];
  dir?: Direction;
  max?: number;
}) {
  const layout = layoutBars(data, dir, max);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      direction={dir}
      className="block h-auto max-w-full overflow-hidden text-gray-900"
      data-chart={id}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{summary}</desc>
      {layout.rows.map((row) => (
        <g key={row.key}>
          <text x={row.labelX} y={row.labelY} textAnchor="start" fontSize={LABEL_FONT_SIZE} fill="currentColor">
            {row.label !== row.fullLabel && <title>{row.fullLabel}</title>}
            {isolate(row.label)}
          </text>
          {row.barWidth > 0 && <rect x={row.barX} y={row.barY} width={row.barWidth} height={BAR_HEIGHT} rx="2" className="fill-brand-700" />}
          {row.suppressed && (
            <rect
              x={row.barX + 0.5}
              y={row.barY + 0.5}
              width={STUB_WIDTH - 1}
              height={BAR_HEIGHT - 1}
              rx="2"
              fill="none"
              strokeDasharray="2 2"
              className="stroke-gray-600"
              data-suppressed=""
            />
          )}
          <text
            x={row.valueX}
            y={row.valueY}
            textAnchor="start"
            fontSize="13"
            fontWeight="600"
            className={row.suppressed ? "fill-gray-700" : "fill-brand-800"}
          >
            {leftToRight(row.display)}
          </text>
        </g>
      ))}
    </svg>
  );
}
