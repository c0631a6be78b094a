import "server-only";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { SAFEGUARDS } from "@/server/agreements/content";
import { allTransferRules } from "@/server/agreements/queries";
import { serverCaller } from "@/server/trpc/server-caller";
import type { AgreementFormOptions, SafeguardRule } from "./form-types";
import { safeguardName } from "./labels";

type RuleLike = { iso2: string; safeguardRequired: boolean; acceptedSafeguards: readonly string[] };

const isRuleList = (v: unknown): v is RuleLike[] =>
  Array.isArray(v) && v.every((r) => r !== null && typeof r === "object" && typeof (r as RuleLike).iso2 === "string" && Array.isArray((r as RuleLike).acceptedSafeguards));

const byCountry = (rules: readonly RuleLike[]): Record<string, SafeguardRule> =>
  Object.fromEntries(rules.map((r) => [r.iso2, { required: r.safeguardRequired, accepted: [...r.acceptedSafeguards] }]));

/**
 * The transfer rules (public reference data: db/reference/transfer-rules.csv) by origin
 * country, for the safeguard select. agreements.byId does not return them (yet): when it does
 * (`transferRules`), those are used; otherwise the same domain query the checks use reads the
 * few rows, like other pages read public figures (sign-in, home).
 */
async function safeguardRules(data: object): Promise<Record<string, SafeguardRule>> {
  const fromApi = "transferRules" in data ? data.transferRules : undefined;
  if (isRuleList(fromApi)) return byCountry(fromApi);
  return byCountry([...(await allTransferRules(getDb().db)).values()]);
}

/** Every choice of the agreement form, named in the reader's language on the server. */
export async function agreementFormOptions(
  locale: string,
  data: { eligibleParties: { id: string; name: string; countryCode: string }[] } & object,
): Promise<AgreementFormOptions> {
  const api = await serverCaller(locale);
  const [tChecks, countries, rules] = await Promise.all([getTranslations({ locale, namespace: "agreementChecks" }), api.reference.countries(), safeguardRules(data)]);
  const collator = new Intl.Collator(locale);
  const regionNames = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  const name = safeguardName(tChecks);
  return {
    candidates: data.eligibleParties.map((p) => ({ id: p.id, name: p.name, countryCode: p.countryCode })),
    countries: countries.map((c) => ({ value: c.code, label: regionNames.of(c.code) ?? c.name })).sort((a, b) => collator.compare(a.label, b.label)),
    safeguards: SAFEGUARDS.map((code) => ({ value: code, label: name(code) })).sort((a, b) => collator.compare(a.label, b.label)),
    rules,
  };
}
