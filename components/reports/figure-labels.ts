import { getFormatter, getTranslations } from "next-intl/server";
import { getReferenceNames } from "@/i18n/get-reference-names";
import type { Bucket, Cell, FlowRow } from "@/server/reports/figures";
import type { Formatters } from "./figure-rows";

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/** The key of a bucket whose value was not given ("none" in the stored figures). */
const isUnknown = (key: string) => key === "" || key === "none";

/** A catalogue entry when the catalogue knows the code, else the reference name, else the code. */
function lookup(t: Translator, prefix: string, key: string, fallback: string | undefined, unknown: string): string {
  if (isUnknown(key)) return unknown;
  const path = `${prefix}.${key}`;
  return t.has(path) ? t(path) : (fallback ?? key);
}

/**
 * Everything a figures view needs to turn codes into words and numbers into text, in one
 * locale: labels of every breakdown, count and money formatters.
 */
export async function figureLabels(locale: string) {
  const [t, tProgrammes, tCommon, format, names] = await Promise.all([
    getTranslations({ locale, namespace: "transparency" }),
    getTranslations({ locale, namespace: "programmes" }),
    getTranslations({ locale, namespace: "common" }),
    getFormatter({ locale }),
    getReferenceNames(locale),
  ]);
  const unknown = t("figures.unknown");
  const country = (code: string) => (isUnknown(code) ? unknown : names.country(code));
  /** A reference name from the codes of a bucket; a bucket without a code is "unknown". */
  const named = (name: (code: string, fallback?: string | null) => string) => (b: Pick<Bucket<Cell>, "key" | "name">) => (isUnknown(b.key) ? unknown : name(b.key, b.name));
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
    sector: named(names.sector),
    mechanism: named(names.mechanism),
    region: named(names.region),
    country: (b: Pick<Bucket<Cell>, "key">) => country(b.key),
    institutionType: of(tCommon, "institutionTypes"),
    applicationStatus: of(t, "labels.applicationStatuses"),
    decisionOutcome: of(tProgrammes, "decisionOutcomes"),
    fundingSide: of(tProgrammes, "fundingSides"),
    pair: (flow: FlowRow<Cell>) => t("figures.pair", { from: country(flow.from), to: country(flow.to) }),
  };
}

export type FigureLabels = Awaited<ReturnType<typeof figureLabels>>;
