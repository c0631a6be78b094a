// The checks an agreement must pass before it is sent for signature. Pure: the caller reads the
// transfer rules, the parties' countries and the programme's institutions in its read wave.
// Problems are catalogue keys (namespace agreementChecks) per field, as `invalidFields` takes them.
import type { transferRules } from "@/db/schema";
import type { AgreementContent, ImpactAssessment } from "./content";

export type TransferRule = Pick<typeof transferRules.$inferSelect, "iso2" | "law" | "safeguardRequired" | "acceptedSafeguards" | "extraDuties" | "localisation">;

export type Duty = { country: string; law: string; extraDuties: string | null; localisation: string | null };
export type CheckResult = { ok: boolean; problems: Record<string, string[]>; duties: Duty[] };

export type CheckInput = {
  title: string;
  content: AgreementContent;
  impactAssessment: ImpactAssessment | null;
  /** Countries of the institutions that may be parties (the programme's lead, co-leads and accepted participants). */
  eligibleParties: ReadonlyMap<string, string>;
  rules: ReadonlyMap<string, TransferRule>;
  /** Today (YYYY-MM-DD): an agreement cannot be sent with an expiry date already past. */
  today: string;
};

const REQUIRED_TEXT = [
  "purpose",
  "legalBasis",
  "retentionPeriod",
  "securityMeasures",
  "onwardTransfer",
  "auditRights",
  "governingLaw",
  "disputeResolution",
  "clauses",
] as const satisfies readonly (keyof AgreementContent)[];

/** Whether a transfer crosses a border and carries personal data (when any category is personal, every transfer may carry it). */
export const carriesPersonalData = (content: AgreementContent) => content.dataCategories.some((c) => c.personal || c.sensitive);

/** Which safeguards the origin country accepts: `null` when none is needed, "any" when the country has no rule. */
export function acceptedSafeguards(rules: ReadonlyMap<string, TransferRule>, fromCountry: string): readonly string[] | "any" | null {
  const rule = rules.get(fromCountry);
  if (!rule) return "any";
  if (!rule.safeguardRequired) return null;
  return rule.acceptedSafeguards;
}

export function checkAgreement(input: CheckInput): CheckResult {
  const { content, rules } = input;
  const problems: Record<string, string[]> = {};
  const add = (field: string, key: string) => {
    const list = (problems[field] ??= []);
    if (!list.includes(`agreementChecks.${key}`)) list.push(`agreementChecks.${key}`);
  };

  if (input.title.trim().length < 5) add("title", "titleLength");

  // Parties: at least two, each an institution of the programme, once each, someone providing and someone receiving.
  if (content.parties.length < 2) add("parties", "partiesTooFew");
  const seen = new Set<string>();
  content.parties.forEach((p, i) => {
    if (!input.eligibleParties.has(p.institutionId)) add(`parties.${i}.institutionId`, "partyNotInProgramme");
    if (seen.has(p.institutionId)) add(`parties.${i}.institutionId`, "duplicateParty");
    seen.add(p.institutionId);
  });
  const provides = content.parties.some((p) => p.role === "provider" || p.role === "both");
  const receives = content.parties.some((p) => p.role === "recipient" || p.role === "both");
  if (content.parties.length >= 2 && !(provides && receives)) add("parties", "providerAndRecipient");

  for (const field of REQUIRED_TEXT) if (!content[field] || content[field].trim() === "") add(field, "required");
  if (content.breachNotificationHours === null || content.breachNotificationHours === undefined) add("breachNotificationHours", "required");
  if (!content.effectiveDate) add("effectiveDate", "required");
  if (!content.expiryDate) add("expiryDate", "required");
  if (content.effectiveDate && content.expiryDate && content.expiryDate <= content.effectiveDate) add("expiryDate", "expiryBeforeEffective");
  else if (content.expiryDate && content.expiryDate < input.today) add("expiryDate", "expiryInPast");

  if (content.dataCategories.length === 0) add("dataCategories", "required");
  content.dataCategories.forEach((c, i) => {
    if (c.name.trim() === "") add(`dataCategories.${i}.name`, "required");
    if (c.sensitive && !c.personal) add(`dataCategories.${i}.personal`, "sensitiveMeansPersonal");
  });

  // Transfers: each cross-border transfer of personal data needs a safeguard the ORIGIN country's rule accepts.
  const personal = carriesPersonalData(content);
  const duties = new Map<string, Duty>();
  content.transfers.forEach((t, i) => {
    if (t.fromCountry === t.toCountry) return;
    const rule = rules.get(t.fromCountry);
    if (rule && !duties.has(rule.iso2)) duties.set(rule.iso2, { country: rule.iso2, law: rule.law, extraDuties: rule.extraDuties, localisation: rule.localisation });
    if (!personal) return;
    const accepted = acceptedSafeguards(rules, t.fromCountry);
    if (accepted === null) return;
    if (!t.safeguard) add(`transfers.${i}.safeguard`, "safeguardRequired");
    else if (accepted !== "any" && !accepted.includes(t.safeguard)) add(`transfers.${i}.safeguard`, "safeguardNotAccepted");
  });

  if (content.dataCategories.some((c) => c.sensitive) && !input.impactAssessment) add("impactAssessment", "impactAssessmentRequired");

  return { ok: Object.keys(problems).length === 0, problems, duties: [...duties.values()] };
}
