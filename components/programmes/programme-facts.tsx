import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getReferenceNames } from "@/i18n/get-reference-names";
import type { ReferenceLists } from "@/server/pages/reference";
import { FUNDING_SIDES } from "@/server/vocabulary";
import { calendarDate, formatMoney, readContent } from "./content-view";
import { FundingTable, OutcomeList } from "./facts-tables";
import { displayNamesFor, listFormatFor } from "@/i18n/intl-cache";

type Props = {
  locale: string;
  /** The live programme's fields or a frozen revision's content. */
  content: Record<string, unknown>;
  /** Names of the co-lead institutions (ids not listed are counted but not named). */
  coLeads?: readonly { id: string; name: string }[];
  /** The reference lists, read with the page (server/pages/reference.ts). */
  reference: ReferenceLists;
};

/**
 * The structured fields of a programme as a description list, with translated labels,
 * localized country, language, date and currency formats. Missing values (drafts) say so.
 */
export async function ProgrammeFacts({ locale, content, coLeads = [], reference }: Props) {
  const { sectors, mechanisms, countries } = reference;
  const [t, names, format] = await Promise.all([getTranslations({ locale, namespace: "programmes" }), getReferenceNames(locale), getFormatter({ locale })]);
  const c = readContent(content);
  const languageNames = displayNamesFor(locale, "language");
  const listOf = (items: string[]) => listFormatFor(locale).format(items);
  const regionOf = new Map(countries.map((x) => [x.code, x.region]));
  const missing = <span className="text-gray-600 italic">{t("facts.notProvided")}</span>;
  const sectorName = (code: string) => names.sector(code, sectors.find((s) => s.code === code)?.name);
  const regionLabel = (code: string) => {
    const region = regionOf.get(code);
    return region ? names.region(region) : "";
  };
  const country = (code: string) => t("facts.countryWithRegion", { country: names.country(code), region: regionLabel(code) });
  const date = (iso?: string) => (iso ? format.dateTime(calendarDate(iso), { dateStyle: "long", timeZone: "UTC" }) : missing);
  const money = (amount: number) => formatMoney(locale, amount, c.budgetCurrency);
  const list = (items: string[]) =>
    items.length === 0 ? missing : (
      <ul className="list-disc ps-5">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    );

  const byRegion = new Map<string, string[]>();
  for (const code of c.spilloverCountries) {
    const region = regionLabel(code);
    byRegion.set(region, [...(byRegion.get(region) ?? []), names.country(code)]);
  }
  const funded = c.fundingSources.reduce((s, f) => s + f.amount, 0);
  const sides = FUNDING_SIDES.map((side) => ({ side, amount: c.fundingSources.filter((f) => f.side === side).reduce((s, f) => s + f.amount, 0) })).filter((s) => s.amount > 0);
  const named = c.coLeadInstitutionIds.map((id) => coLeads.find((x) => x.id === id)?.name).filter((n): n is string => !!n);

  const rows: { label: string; value: ReactNode }[] = [
    { label: t("fields.workingArea"), value: c.workingArea ? t(`workingAreas.${c.workingArea}`) : missing },
    { label: t("fields.format"), value: c.format ? t(`formats.${c.format}`) : missing },
    { label: t("fields.sectors"), value: list(c.sectors.map(sectorName)) },
    { label: t("fields.mechanismCode"), value: c.mechanismCode ? names.mechanism(c.mechanismCode, mechanisms.find((m) => m.code === c.mechanismCode)?.name) : missing },
    { label: t("fields.coLeadInstitutionIds"), value: c.coLeadInstitutionIds.length === 0 ? t("facts.none") : list(named) },
    { label: t("fields.hubCountry"), value: c.hubCountry ? country(c.hubCountry) : missing },
    {
      label: t("fields.spilloverCountries"),
      value:
        byRegion.size === 0 ? missing : (
          <ul className="space-y-1">
            {[...byRegion].map(([region, countryNames]) => (
              <li key={region}>{t("facts.labelled", { label: region, value: listOf(countryNames) })}</li>
            ))}
          </ul>
        ),
    },
    { label: t("fields.startDate"), value: date(c.startDate) },
    { label: t("fields.endDate"), value: date(c.endDate) },
    { label: t("fields.applicationDeadline"), value: date(c.applicationDeadline) },
    { label: t("fields.budgetAmount"), value: c.budgetAmount !== undefined ? money(c.budgetAmount) : missing },
    {
      label: t("fields.fundingSources"),
      value:
        c.fundingSources.length === 0 ? missing : (
          <>
            <FundingTable locale={locale} sources={c.fundingSources} money={money} />
            {sides.length > 0 && (
              <div className="mt-2 text-sm">
                <p className="font-medium">{t("facts.fundingBySide")}</p>
                <ul>
                  {sides.map((s) => (
                    <li key={s.side}>
                      {t("facts.sideShare", {
                        side: t(`fundingSides.${s.side}`),
                        amount: money(s.amount),
                        share: format.number(funded ? s.amount / funded : 0, { style: "percent", maximumFractionDigits: 1 }),
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        ),
    },
    { label: t("fields.capacity"), value: c.capacity !== undefined ? t("facts.capacityValue", { count: c.capacity }) : missing },
    { label: t("fields.languages"), value: c.languages.length === 0 ? missing : listOf(c.languages.map((l) => languageNames?.of(l) ?? l)) },
    { label: t("fields.outcomes"), value: c.outcomes.length === 0 ? missing : <OutcomeList locale={locale} outcomes={c.outcomes} /> },
    { label: t("fields.involvesDataSharing"), value: c.involvesDataSharing === undefined ? missing : c.involvesDataSharing ? t("facts.yes") : t("facts.no") },
  ];

  return (
    <dl className="grid gap-x-6 gap-y-3 rounded border border-gray-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
      {rows.map((r) => (
        <div key={r.label} className="contents">
          <dt className="font-medium text-gray-800">{r.label}</dt>
          <dd className="min-w-0 text-gray-900">{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
