// Reads a programme's content (the live row or a frozen revision's JSON) into typed, optional fields.
import { numberFormatFor } from "@/i18n/intl-cache";
import {
  FUNDING_SIDES,
  OUTCOME_METRICS,
  PROGRAMME_FORMATS,
  WORKING_AREAS,
  type FundingSource,
  type OutcomeTarget,
  type ProgrammeFormat,
  type WorkingArea,
} from "@/server/vocabulary";

export type ContentView = {
  title?: string;
  summary?: string;
  description?: string;
  workingArea?: WorkingArea;
  format?: ProgrammeFormat;
  sectors: string[];
  mechanismCode?: string;
  coLeadInstitutionIds: string[];
  hubCountry?: string;
  spilloverCountries: string[];
  startDate?: string;
  endDate?: string;
  applicationDeadline?: string;
  budgetAmount?: number;
  budgetCurrency?: string;
  fundingSources: FundingSource[];
  capacity?: number;
  languages: string[];
  outcomes: OutcomeTarget[];
  involvesDataSharing?: boolean;
};

const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : undefined);
const num = (v: unknown) => {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);
const oneOf = <T extends string>(list: readonly T[], v: unknown) => (list as readonly unknown[]).includes(v) ? (v as T) : undefined;
const record = (v: unknown): Record<string, unknown> => (v && typeof v === "object" ? (v as Record<string, unknown>) : {});

export function readContent(content: Record<string, unknown>): ContentView {
  const funding = Array.isArray(content.fundingSources) ? content.fundingSources.map(record) : [];
  const outcomes = Array.isArray(content.outcomes) ? content.outcomes.map(record) : [];
  return {
    title: text(content.title),
    summary: text(content.summary),
    description: text(content.description),
    workingArea: oneOf(WORKING_AREAS, content.workingArea),
    format: oneOf(PROGRAMME_FORMATS, content.format),
    sectors: strings(content.sectors),
    mechanismCode: text(content.mechanismCode),
    coLeadInstitutionIds: strings(content.coLeadInstitutionIds),
    hubCountry: text(content.hubCountry),
    spilloverCountries: strings(content.spilloverCountries),
    startDate: text(content.startDate),
    endDate: text(content.endDate),
    applicationDeadline: text(content.applicationDeadline),
    budgetAmount: num(content.budgetAmount),
    budgetCurrency: text(content.budgetCurrency),
    fundingSources: funding.map((f) => ({ name: text(f.name) ?? "", side: oneOf(FUNDING_SIDES, f.side) ?? "external", amount: num(f.amount) ?? 0 })),
    capacity: num(content.capacity),
    languages: strings(content.languages),
    outcomes: outcomes.map((o) => ({ metric: oneOf(OUTCOME_METRICS, o.metric) ?? "other", target: num(o.target) ?? 0, description: text(o.description) ?? "" })),
    involvesDataSharing: typeof content.involvesDataSharing === "boolean" ? content.involvesDataSharing : undefined,
  };
}

/** A calendar date (YYYY-MM-DD) as a Date at UTC midnight, for locale formatting with timeZone UTC. */
export const calendarDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Formats an amount in a currency for the locale; falls back to the number and the code when the code is unknown. */
export function formatMoney(locale: string, amount: number, currency: string | undefined) {
  const money = currency ? numberFormatFor(locale, currency) : null;
  if (money) return money.format(amount);
  // No currency, or not an ISO 4217 code Intl knows: the number and the code.
  const n = numberFormatFor(locale)!.format(amount);
  return currency ? `${n} ${currency}` : n;
}
