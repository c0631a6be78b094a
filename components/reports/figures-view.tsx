import type { BarDatum } from "@/components/charts/bar-layout";
import type { TableRow } from "@/components/charts/data-table";
import { directionOf, isLocale } from "@/i18n/locales";
import type { PublicFigures } from "@/server/reports/figures";
import { FigureBlock } from "./figure-block";
import { figureLabels, type FigureLabels } from "./figure-labels";
import { bucketRows, budgetGroups, chartBars, flowRows, largest } from "./figure-rows";
import { HeadlineFigures } from "./headline-figures";

type Figure = { id: string; title: string; note?: string; bars: BarDatum[]; rows: TableRow[]; labelHeader: string; valueHeaders: string[] };
type Section = { id: string; title: string; figures: Figure[] };

/** The text alternative of a chart: how many bars, which is largest, and where the exact numbers are. */
function summaryOf(labels: FigureLabels, bars: readonly BarDatum[]): string {
  const { t } = labels;
  if (bars.length === 0) return t("figures.summaryEmpty");
  const top = largest(bars);
  if (!top) return t("figures.summarySuppressed", { rows: bars.length });
  return t("figures.summary", { rows: bars.length, label: top.label, value: top.display });
}

function sectionsOf(figures: PublicFigures, labels: FigureLabels, prefix: string): Section[] {
  const { t, formatters: f } = labels;
  const category = t("figures.columns.category");
  const countCol = [t("figures.columns.count")];
  const count = (id: string, title: string, data: ReturnType<typeof bucketRows>, labelHeader = category, note?: string): Figure => ({
    id: `${prefix}-${id}`,
    title,
    note,
    bars: data.bars,
    rows: data.rows,
    labelHeader,
    valueHeaders: countCol,
  });
  const p = figures.programmes;
  const budgetFigures = (id: string, titleKey: string, data: typeof figures.budgets.byWorkingArea, labelOf: (key: string) => string): Figure[] =>
    budgetGroups(data, labelOf, f).map((group) => ({
      id: `${prefix}-${id}-${group.currency.toLowerCase()}`,
      title: t(titleKey, { currency: group.currency }),
      note: t("figures.notes.budgets"),
      bars: group.bars,
      rows: group.rows,
      labelHeader: category,
      valueHeaders: [t("figures.columns.amount"), t("figures.columns.programmes")],
    }));
  const country = t("figures.columns.country");
  return [
    {
      id: `${prefix}-programmes`,
      title: t("figures.sections.programmes"),
      figures: [
        count("by-status", t("figures.charts.programmesByStatus"), bucketRows(p.byStatus, labels.status, f)),
        count("by-working-area", t("figures.charts.programmesByWorkingArea"), bucketRows(p.byWorkingArea, labels.workingArea, f)),
        count("by-sector", t("figures.charts.programmesBySector"), bucketRows(p.bySector, labels.sector, f), category, t("figures.notes.bySector")),
        count("by-mechanism", t("figures.charts.programmesByMechanism"), bucketRows(p.byMechanism, labels.mechanism, f)),
        count("by-region", t("figures.charts.programmesByRegion"), bucketRows(p.byRegion, labels.region, f)),
        count("by-hub-country", t("figures.charts.programmesByHubCountry"), bucketRows(p.byHubCountry, labels.country, f), country),
      ],
    },
    {
      id: `${prefix}-institutions`,
      title: t("figures.sections.institutions"),
      figures: [
        count("institutions-by-country", t("figures.charts.institutionsByCountry"), bucketRows(figures.institutions.byCountry, labels.country, f), country),
        count("institutions-by-type", t("figures.charts.institutionsByType"), bucketRows(figures.institutions.byType, labels.institutionType, f)),
      ],
    },
    {
      id: `${prefix}-participation`,
      title: t("figures.sections.participation"),
      figures: [count("applications-by-status", t("figures.charts.applicationsByStatus"), bucketRows(figures.participation.applicationsByStatus, labels.applicationStatus, f))],
    },
    {
      id: `${prefix}-decisions`,
      title: t("figures.sections.decisions"),
      figures: [count("decisions-by-outcome", t("figures.charts.decisionsByOutcome"), bucketRows(figures.decisions.byOutcome, labels.decisionOutcome, f))],
    },
    {
      id: `${prefix}-agreements`,
      title: t("figures.sections.agreements"),
      figures: [count("flows", t("figures.charts.flows"), flowRows(figures.agreements.flows, labels.pair, f), t("figures.columns.pair"), t("figures.notes.flows"))],
    },
    {
      id: `${prefix}-budgets`,
      title: t("figures.sections.budgets"),
      figures: [
        ...budgetFigures("budgets-by-working-area", "figures.charts.budgetsByWorkingArea", figures.budgets.byWorkingArea, (key) => labels.workingArea({ key })),
        ...budgetFigures("budgets-by-side", "figures.charts.budgetsBySide", figures.budgets.bySide, (key) => labels.fundingSide({ key })),
      ],
    },
  ];
}

/**
 * Every figure of a report: headline numbers, then each breakdown as an SVG bar chart with its
 * table. Server-rendered, no script. `level` is the heading level of the sections (2 on the
 * public report page, 3 inside an admin page); `prefix` keeps element ids unique on the page.
 */
export async function FiguresView({ locale, figures, level = 2, prefix = "fig" }: { locale: string; figures: PublicFigures; level?: 2 | 3; prefix?: string }) {
  const labels = await figureLabels(locale);
  const dir = isLocale(locale) ? directionOf(locale) : "ltr";
  const Heading = level === 2 ? "h2" : "h3";
  const headingClass = level === 2 ? "text-2xl font-bold" : "text-xl font-semibold";
  const sections = sectionsOf(figures, labels, prefix);
  return (
    <div className="space-y-8">
      <HeadlineFigures figures={figures} labels={labels} headingId={`${prefix}-headline`} level={level} />
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="space-y-4">
          <Heading id={section.id} className={headingClass}>
            {section.title}
          </Heading>
          {section.figures.length === 0 && <p className="text-sm text-gray-700">{labels.t("figures.empty")}</p>}
          {section.figures.map((figure) => {
            const chartData = chartBars(figure.bars);
            const topNote = chartData.length < figure.bars.length ? labels.t("figures.topOnly", { count: chartData.length, total: figure.bars.length }) : undefined;
            return (
              <FigureBlock
                key={figure.id}
                id={figure.id}
                level={level === 2 ? 3 : 4}
                title={figure.title}
                note={[figure.note, topNote].filter(Boolean).join(" ") || undefined}
                summary={summaryOf(labels, chartData)}
                chartData={chartData}
                rows={figure.rows}
                labelHeader={figure.labelHeader}
                valueHeaders={figure.valueHeaders}
                dir={dir}
                emptyText={labels.t("figures.empty")}
              />
            );
          })}
        </section>
      ))}
    </div>
  );
}
