import { numberDirection } from "@/components/charts/number-direction";
import type { ReactNode } from "react";
import type { Cell, PublicFigures } from "@/server/reports/figures";
import type { FigureLabels } from "./figure-labels";
import { type CellReading, decisionBases } from "./suppressed-wording";

type Tile = { key: string; label: string; value: string; detail?: ReactNode };

/** A placeholder no message contains, replaced by an isolated "<5" after translation. */
const SLOT = "\uE000";

/** A sentence with one number in it; a "<5" inside is a left-to-right isolate (<bdi>), so Arabic never shows "5>". */
function withNumber(sentence: (value: string) => string, reading: CellReading, count: (n: number) => string): ReactNode {
  if (reading.kind === "number") return sentence(count(reading.value));
  const [before, after] = sentence(SLOT).split(SLOT);
  return (
    <>
      {before}
      <bdi dir="ltr">{reading.kind === "below" ? reading.text : ""}</bdi>
      {after}
    </>
  );
}

/** The single numbers of a report (totals, approval rate, median time to a decision) as a list of tiles. */
export function HeadlineFigures({ figures, labels, headingId, level }: { figures: PublicFigures; labels: FigureLabels; headingId: string; level: 2 | 3 }) {
  const { t, format, formatters } = labels;
  const count = formatters.count;
  const na = t("figures.notAvailable");
  const d = figures.decisions;
  // A null rate or median is either impossible (no decision) or withheld (its count is suppressed).
  const missing = (basis: Cell) => (typeof basis === "string" ? t("figures.withheld") : na);
  const rate = d.approvalRate == null ? missing(d.approvalRateDenominator) : format.number(d.approvalRate, { style: "percent", maximumFractionDigits: 1 });
  const days = d.medianDaysToDecision == null ? missing(d.medianN) : t("figures.medianDaysValue", { days: d.medianDaysToDecision });
  const bases = decisionBases(d);
  const approvalDetail =
    bases.approval.kind === "withheld" ? t("figures.approvalRateOfWithheld") : withNumber((v) => t("figures.approvalRateOf", { denominator: v }), bases.approval, count);
  const medianDetail = withNumber((v) => t("figures.medianN", { n: v }), bases.median, count);
  const tiles: Tile[] = [
    { key: "programmesTotal", label: t("figures.programmesTotal"), value: count(figures.programmes.total) },
    { key: "approvedTotal", label: t("figures.approvedTotal"), value: count(figures.programmes.approvedTotal) },
    { key: "institutionsTotal", label: t("figures.institutionsTotal"), value: count(figures.institutions.total) },
    { key: "applicationsTotal", label: t("figures.applicationsTotal"), value: count(figures.participation.applicationsTotal) },
    { key: "institutionsParticipating", label: t("figures.institutionsParticipating"), value: count(figures.participation.institutionsParticipating) },
    { key: "approvalRate", label: t("figures.approvalRate"), value: rate, detail: approvalDetail },
    { key: "medianDays", label: t("figures.medianDays"), value: days, detail: medianDetail },
    { key: "recusals", label: t("figures.recusals"), value: count(figures.reviews.recusals) },
    { key: "agreementsInForce", label: t("figures.agreementsInForce"), value: count(figures.agreements.inForce) },
  ];
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} className={level === 2 ? "text-2xl font-bold" : "text-xl font-semibold"}>
        {t("figures.headline")}
      </Heading>
      <dl className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {tiles.map((tile) => (
          <div key={tile.key} className="rounded-lg border border-gray-200 bg-white p-4" data-headline={tile.key}>
            <dt className="text-sm text-gray-700">{tile.label}</dt>
            <dd className="mt-1 text-2xl font-bold text-brand-700 tabular-nums">
              <span dir={numberDirection(tile.value)}>{tile.value}</span>
            </dd>
            {tile.detail && <dd className="text-sm text-gray-700">{tile.detail}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
