// The templates a new agreement starts from: complete content with English clause text (clause
// text is the parties' own content, not interface strings; they edit it freely). Parties and
// transfers are filled in from the programme when the agreement is created. The English text
// is the agreement (its "Language" clause says so); convenience translations of these texts,
// shown beside them on non-English pages, are in messages/<locale>/documents/agreement-templates.json.
import type { PartyRole } from "@/db/schema/agreements";
import type { AgreementContent, DataCategory } from "./content-fields";
import { TEMPLATE_CODES, type TemplateCode } from "./template-codes";

export { TEMPLATE_CODES, type TemplateCode };

type TemplateBody = Omit<AgreementContent, "parties" | "transfers" | "effectiveDate" | "expiryDate">;

export type AgreementTemplate = {
  code: TemplateCode;
  /** A suggested title (the creator gives the real one). */
  title: string;
  description: string;
  /** Whether the template moves personal data (each cross-border transfer then needs a safeguard). */
  personalData: boolean;
  /** The role of the lead institution; the other parties get `othersRole`. */
  leadRole: PartyRole;
  othersRole: PartyRole;
  content: TemplateBody;
};

/** The sentence of the "Language" clause: the English text is the one that binds the parties. */
export const ENGLISH_IS_AUTHORITATIVE = "The English text is authoritative; translations are for convenience.";

const LANGUAGE_CLAUSE = `## Language\n\nThis agreement is made in English. ${ENGLISH_IS_AUTHORITATIVE}`;

/** The template's own clauses followed by the Language clause. */
const withLanguageClause = (clauses: string) => `${clauses}\n\n${LANGUAGE_CLAUSE}`;

const COMMON = {
  deletionAtEnd: true,
  auditRights:
    "Each party may, on 30 days' written notice and at most once a year, audit the other parties' compliance with this agreement, or ask for an independent auditor's report instead.",
  disputeResolution:
    "The parties first seek an amicable settlement through the programme's steering committee within 60 days; failing that, the dispute is settled by arbitration under the UNCITRAL Arbitration Rules, in English, seated in the lead institution's country.",
  breachNotificationHours: 72,
};

const TRAINING_DATA: DataCategory[] = [
  { name: "Annotated satellite and drone imagery (no people identifiable)", personal: false, sensitive: false },
  { name: "Model weights, training logs and evaluation results", personal: false, sensitive: false },
];
const HEALTH_DATA: DataCategory[] = [
  { name: "Pseudonymised patient records from participating clinics (diagnoses, test results)", personal: true, sensitive: true },
  { name: "Facility-level service statistics", personal: false, sensitive: false },
];
const OPEN_DATA: DataCategory[] = [{ name: "Aggregated open statistics and derived indicators", personal: false, sensitive: false }];

export const AGREEMENT_TEMPLATES: readonly AgreementTemplate[] = [
  {
    code: "joint_lab_training",
    title: "Joint lab training data agreement",
    description: "Training data shared between the partners of a joint lab; no personal data.",
    personalData: false,
    leadRole: "both",
    othersRole: "both",
    content: {
      ...COMMON,
      purpose:
        "To share training and evaluation data between the partners of the joint lab so that they can jointly train, evaluate and publish AI models within the programme.",
      dataCategories: TRAINING_DATA,
      legalBasis: "The data contains no personal data; each party warrants that it holds the rights needed to share the data it provides for this purpose.",
      retentionPeriod: "For the duration of the programme and 12 months after its end.",
      securityMeasures:
        "Data is stored on access-controlled systems of the parties; access is limited to named project staff; transfers use encrypted channels (TLS 1.2 or higher).",
      onwardTransfer:
        "No onward transfer to third parties without the written consent of the providing party, except the publication of trained models and aggregate results.",
      governingLaw: "The law of the lead institution's country.",
      clauses: withLanguageClause(
        "## Intellectual property\n\nEach party keeps the rights in the data it provides. Models trained jointly are owned jointly and may be published under an open licence agreed by the steering committee.\n\n## Acknowledgement\n\nPublications acknowledge every party that provided data.",
      ),
    },
  },
  {
    code: "pilot_personal_data",
    title: "Pilot personal data sharing agreement",
    description: "A pilot that moves personal (possibly sensitive) data between countries.",
    personalData: true,
    leadRole: "provider",
    othersRole: "recipient",
    content: {
      ...COMMON,
      purpose:
        "To let the recipient parties process the personal data described below solely to run and evaluate the pilot of the programme, and for no other purpose.",
      dataCategories: HEALTH_DATA,
      legalBasis:
        "Explicit consent of the data subjects collected by the providing party, and the providing party's public-interest mandate under its national data protection law.",
      retentionPeriod: "Until the end of the pilot, and no longer than 24 months from the effective date.",
      securityMeasures:
        "Pseudonymisation before transfer; encryption in transit (TLS 1.2 or higher) and at rest (AES-256); role-based access limited to named researchers; access logs kept for 2 years; annual penetration test.",
      onwardTransfer: "No onward transfer of personal data to any third party or third country.",
      governingLaw: "The law of the providing party's country.",
      clauses: withLanguageClause(
        "## Data subjects' rights\n\nThe recipient parties assist the providing party in answering requests from data subjects within 15 days.\n\n## Return and deletion\n\nAt the end of the retention period the recipient parties delete all personal data and certify the deletion in writing.",
      ),
    },
  },
  {
    code: "open_non_personal",
    title: "Open non-personal data agreement",
    description: "Open, non-personal data shared under an open licence.",
    personalData: false,
    leadRole: "provider",
    othersRole: "recipient",
    content: {
      ...COMMON,
      purpose: "To share open, non-personal data and indicators produced in the programme for reuse by the parties and the public.",
      dataCategories: OPEN_DATA,
      legalBasis: "The data is non-personal and published under the Creative Commons Attribution 4.0 International licence.",
      retentionPeriod: "No limit: the data is open.",
      securityMeasures: "Integrity of published files is ensured with published checksums; the master copy is kept on the providing party's systems with backups.",
      onwardTransfer: "Free reuse and redistribution under the terms of the open licence, with attribution.",
      governingLaw: "The law of the providing party's country.",
      clauses: withLanguageClause("## Licence\n\nThe data is made available under CC BY 4.0. Attribution: the providing party and the programme."),
    },
  },
];

export function templateByCode(code: TemplateCode): AgreementTemplate {
  const template = AGREEMENT_TEMPLATES.find((t) => t.code === code);
  if (!template) throw new Error(`unknown agreement template ${code}`);
  return template;
}

/**
 * The content of a new agreement: the template, the programme's institutions as parties (the
 * lead first) and a transfer from the lead's country to every other party's country; the
 * safeguards are left for the parties to choose.
 */
export function contentFromTemplate(
  code: TemplateCode,
  lead: { id: string; countryCode: string },
  others: { id: string; countryCode: string }[],
  dates: { effectiveDate: string | null; expiryDate: string | null },
): AgreementContent {
  const template = templateByCode(code);
  const seen = new Set([lead.id]);
  const uniqueOthers = others.filter((o) => !seen.has(o.id) && seen.add(o.id));
  const destinations = [...new Set(uniqueOthers.map((o) => o.countryCode))].filter((c) => c !== lead.countryCode);
  return {
    ...template.content,
    dataCategories: template.content.dataCategories.map((c) => ({ ...c })),
    parties: [{ institutionId: lead.id, role: template.leadRole }, ...uniqueOthers.map((o) => ({ institutionId: o.id, role: template.othersRole }))],
    transfers: destinations.map((toCountry) => ({ fromCountry: lead.countryCode, toCountry, safeguard: "" as const })),
    effectiveDate: dates.effectiveDate,
    expiryDate: dates.expiryDate,
  };
}
