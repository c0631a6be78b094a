import "server-only";
import { getTranslations } from "next-intl/server";
import type { AgreementFormOptions, SafeguardRule } from "./form-types";
import { safeguardName } from "./labels";
import { countryNames } from "@/i18n/reference-names";

type RuleLike = { iso2: string; safeguardRequired: boolean; acceptedSafeguards: readonly string[] };

/** The transfer rules (db/reference/transfer-rules.csv) by origin country, for the safeguard select. */
const byCountry = (rules: readonly RuleLike[]): Record<string, SafeguardRule> =>
  Object.fromEntries(rules.map((r) => [r.iso2, { required: r.safeguardRequired, accepted: [...r.acceptedSafeguards] }]));

/** Every choice of the agreement form, named in the reader's language on the server, from what the page read. */
export async function agreementFormOptions(
  locale: string,
  data: {
    eligibleParties: { id: string; name: string; countryCode: string }[];
    transferRules: RuleLike[];
    countries: readonly { code: string }[];
    safeguards: readonly Parameters<ReturnType<typeof safeguardName>>[0][];
  },
): Promise<AgreementFormOptions> {
  const { countries } = data;
  const tChecks = await getTranslations({ locale, namespace: "agreementChecks" });
  const collator = new Intl.Collator(locale);
  const countryName = countryNames(locale);
  const name = safeguardName(tChecks);
  return {
    candidates: data.eligibleParties.map((p) => ({ id: p.id, name: p.name, countryCode: p.countryCode })),
    countries: countries.map((c) => ({ value: c.code, label: countryName(c.code) })).sort((a, b) => collator.compare(a.label, b.label)),
    safeguards: data.safeguards.map((code) => ({ value: code, label: name(code) })).sort((a, b) => collator.compare(a.label, b.label)),
    rules: byCountry(data.transferRules),
  };
}
