/**
 * Geometry of a horizontal bar chart, kept apart from the markup so it can be reasoned about
 * (and tested) without rendering: one row per datum, the label above its bar, the value after
 * the bar's end. In a right-to-left page everything is mirrored: bars grow from the right edge.
 */

/** One bar. `value` null means the count is suppressed ("<5"): no bar is drawn, only `display`. */
export type BarDatum = { key: string; label: string; value: number | null; display: string };

export type Direction = "ltr" | "rtl";

export const CHART_WIDTH = 480;
const PADDING = 4;
const ROW_HEIGHT = 46;
const LABEL_BASELINE = 17;
const BAR_TOP = 24;
export const BAR_HEIGHT = 14;
/** Room kept after the longest bar for its value label. */
const VALUE_ROOM = 88;
const VALUE_GAP = 6;
/** A non-zero value always shows at least this much bar, so it never looks like zero. */
const MIN_VISIBLE = 2;
/** A suppressed count is drawn as a small dashed outline of this width: "a few", never a length to read. */
export const STUB_WIDTH = 12;

export const LABEL_FONT_SIZE = 14;

/** Rough advance of one character in em: CJK and other wide scripts take a full em, the rest about half. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60)))
    return 1;
  if (/[\p{Lu}\p{N}]/u.test(ch)) return 0.66;
  return 0.56;
}

/** The label, shortened with an ellipsis when it would run past the chart's width (the table keeps it whole). */
export function fitLabel(label: string, width: number, fontSize = LABEL_FONT_SIZE): string {
  const max = width / fontSize;
  let used = 0;
  const chars = [...label];
  for (let i = 0; i < chars.length; i++) {
    used += charWidth(chars[i]!);
    if (used > max) return `${chars.slice(0, Math.max(1, i - 1)).join("").trimEnd()}…`;
  }
  return label;
}

export type BarRow = {
  key: string;
  /** The label as drawn (possibly shortened), and in full. */
  label: string;
  fullLabel: string;
  display: string;
  suppressed: boolean;
  /** Label position and anchor. */
  labelX: number;
  labelY: number;
  /** The bar's rectangle (width 0 when zero or suppressed; a suppressed count has the stub instead). */
  barX: number;
  barY: number;
  barWidth: number;
  /** The value label, just past the bar's end. */
  valueX: number;
  valueY: number;
};

/**
 * Text is always anchored at its "start": the SVG carries the page's direction, so in RTL the
 * start of a label is its right edge, which is where the mirrored x puts it.
 */
export type BarLayout = { width: number; height: number; rows: BarRow[] };

/** Positions for every row; `max` defaults to the largest visible value. */
export function layoutBars(data: readonly BarDatum[], dir: Direction, max?: number): BarLayout {
  const visibleMax = Math.max(0, ...data.map((d) => d.value ?? 0));
  const scaleMax = Math.max(max ?? visibleMax, 1);
  const track = CHART_WIDTH - 2 * PADDING - VALUE_ROOM;
  // In RTL the page's start is the right edge: mirror every x.
  const fromStart = (x: number, width = 0) => (dir === "rtl" ? CHART_WIDTH - x - width : x);
  const rows = data.map((d, i): BarRow => {
    const top = i * ROW_HEIGHT;
    const raw = d.value == null || d.value <= 0 ? 0 : (d.value / scaleMax) * track;
    const barWidth = raw === 0 ? 0 : Math.max(MIN_VISIBLE, Math.min(track, raw));
    const drawn = d.value == null ? STUB_WIDTH : barWidth;
    const valueOffset = PADDING + drawn + (drawn > 0 ? VALUE_GAP : 0);
    return {
      key: d.key,
      label: fitLabel(d.label, CHART_WIDTH - 2 * PADDING),
      fullLabel: d.label,
      display: d.display,
      suppressed: d.value == null,
      labelX: fromStart(PADDING),
      labelY: top + LABEL_BASELINE,
      barX: fromStart(PADDING, d.value == null ? STUB_WIDTH : barWidth),
      barY: top + BAR_TOP,
      barWidth,
      valueX: fromStart(valueOffset),
      valueY: top + BAR_TOP + BAR_HEIGHT - 2,
    };
  });
  return { width: CHART_WIDTH, height: Math.max(1, data.length) * ROW_HEIGHT, rows };
}
