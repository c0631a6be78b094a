import { getFormatter, getTranslations } from "next-intl/server";
import { countryDisplayName } from "@/components/institutions/location";
import type { Bucket, Cell, FlowRow } from "@/server/reports/figures";
import type { Formatters } from "./figure-rows";

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/** A catalogue entry when the catalogue knows the code, else the reference name, else the code. */
function lookup(t: Translator, prefix: string, key: string, fallback: string | undefined, unknown: string): string {
  if (!key) return unknown;
  const path = `${prefix}.${key}`;
  return t.has(path) ? t(path) : (fallback ?? key);
}

/**
 * Everything a figures view needs to turn codes into words and numbers into text, in one
 * locale: labels of every breakdown, count and money formatters.
 */
export async function figureLabels(locale: string) {
  const [t, tProgrammes, tCommon, format] = await Promise.all([
    getTranslations({ locale, namespace: "transparency" }),
    getTranslations({ locale, namespace: "programmes" }),
    getTranslations({ locale, namespace: "common" }),
    getFormatter({ locale }),
  ]);
  const unknown = t("figures.unknown");
  const country = (code: string) => (code ? countryDisplayName(locale, code) : unknown);
  const of =
    (tr: Translator, prefix: string) =>
    (b: Pick<Bucket<Cell>, "key" | "name">): string =>
      lookup(tr, prefix, b.key, b.name, unknown);
  const formatters: Formatters = {
    count: (cell) => (typeof cell === "number" ? format.number(cell) : cell),
    money: (amount, currency) => {
      if (amount == null) return t("figures.withheld");
      try {
        return format.number(amount, { style: "currency", currency, maximumFractionDigits: 0 });
      } catch {
        return `${format.number(amount)} ${currency}`;
      }
    },
  };
  return {
    t,
    format,
    formatters,
    status: of(tProgrammes, "statuses"),
    workingArea: of(tProgrammes, "workingAreas"),
    sector: of(tProgrammes, "sectors"),
    mechanism: (b: Pick<Bucket<Cell>, "key" | "name">) => b.name ?? (b.key || unknown),
    region: of(tCommon, "regions"),
    country: (b: Pick<Bucket<Cell>, "key">) => country(b.key),
    institutionType: of(tCommon, "institutionTypes"),
    applicationStatus: of(t, "labels.applicationStatuses"),
    decisionOutcome: of(tProgrammes, "decisionOutcomes"),
    fundingSide: of(tProgrammes, "fundingSides"),
    pair: (flow: FlowRow<Cell>) => t("figures.pair", { from: country(flow.from), to: country(flow.to) }),
  };
}

export type FigureLabels = Awaited<ReturnType<typeof figureLabels>>;
