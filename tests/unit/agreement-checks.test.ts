// The checks an agreement must pass before it is sent for signature (server/agreements/checks.ts),
// against the transfer rules as the reference CSV states them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { acceptedSafeguards, checkAgreement, type TransferRule } from "../../server/agreements/checks";
import { SAFEGUARDS, type AgreementContent, type ImpactAssessment } from "../../server/agreements/content";
import { AGREEMENT_TEMPLATES, contentFromTemplate } from "../../server/agreements/templates";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The rules of db/reference/transfer-rules.csv (no quoted commas in that file). */
function rulesFromCsv(): Map<string, TransferRule> {
  const [header, ...lines] = readFileSync(path.join(root, "db/reference/transfer-rules.csv"), "utf8").trim().split("\n");
  const columns = header!.split(",");
  return new Map(
    lines.map((line) => {
      const cells = Object.fromEntries(line.split(",").map((v, i) => [columns[i]!, v]));
      const rule: TransferRule = {
        iso2: cells.iso2!,
        law: cells.law!,
        safeguardRequired: cells.safeguard_required === "yes",
        acceptedSafeguards: cells.accepted_safeguards ? cells.accepted_safeguards.split(";") : [],
        extraDuties: cells.extra_duties || null,
        localisation: cells.localisation || null,
      };
      return [rule.iso2, rule];
    }),
  );
}

const RULES = rulesFromCsv();
const KE = { id: "kenyankenyankenyan01", countryCode: "KE" };
const CN = { id: "chinesechinesechin01", countryCode: "CN" };
const eligible = new Map([
  [KE.id, "KE"],
  [CN.id, "CN"],
]);
const ASSESSMENT: ImpactAssessment = { risks: "Re-identification.", mitigations: "Pseudonymisation.", residualRisk: "low", approvedByName: "A. N.", approvedByRole: "DPO", approvedOn: "2026-10-01" };

function pilot(overrides: Partial<AgreementContent> = {}): AgreementContent {
  return { ...contentFromTemplate("pilot_personal_data", KE, [CN], { effectiveDate: "2027-01-01", expiryDate: "2028-12-31" }), ...overrides };
}
/** Kenya → China under a safeguard Kenya accepts. */
const SAFE = [{ fromCountry: "KE", toCountry: "CN", safeguard: "appropriate_safeguards" as const }];
const check = (content: AgreementContent, impactAssessment: ImpactAssessment | null = ASSESSMENT, title = "Kenya–China clinic pilot") =>
  checkAgreement({ title, content, impactAssessment, eligibleParties: eligible, rules: RULES, today: "2026-11-30" });

describe("the transfer rules", () => {
  it("every safeguard named in the reference rules is a known code (and so has a translated name)", () => {
    const named = [...RULES.values()].flatMap((r) => r.acceptedSafeguards);
    expect(named.filter((s) => !(SAFEGUARDS as readonly string[]).includes(s))).toEqual([]);
  });

  it("tells which safeguards the origin country accepts: none needed, any, or its list", () => {
    expect(acceptedSafeguards(RULES, "IN")).toBeNull();
    expect(acceptedSafeguards(RULES, "TZ")).toBe("any");
    expect(acceptedSafeguards(RULES, "KE")).toEqual(["adequacy", "appropriate_safeguards", "necessity", "consent"]);
  });
});

describe("checking an agreement", () => {
  it("Kenya → China personal health data needs a safeguard Kenya accepts and an impact assessment", () => {
    expect(check(pilot(), null).problems).toEqual({
      "transfers.0.safeguard": ["agreementChecks.safeguardRequired"],
      impactAssessment: ["agreementChecks.impactAssessmentRequired"],
    });
    // China's standard contract is for data leaving China, not Kenya.
    const wrong = check(pilot({ transfers: [{ fromCountry: "KE", toCountry: "CN", safeguard: "standard_contract" }] }));
    expect(wrong.problems).toEqual({ "transfers.0.safeguard": ["agreementChecks.safeguardNotAccepted"] });
    const right = check(pilot({ transfers: [{ fromCountry: "KE", toCountry: "CN", safeguard: "appropriate_safeguards" }] }));
    expect(right).toMatchObject({ ok: true, problems: {} });
  });

  it("returns the origin country's extra duties and localisation notes for every party to see", () => {
    const result = check(pilot({ transfers: [{ fromCountry: "KE", toCountry: "CN", safeguard: "consent" }, { fromCountry: "CN", toCountry: "KE", safeguard: "standard_contract" }] }));
    expect(result.ok).toBe(true);
    expect(result.duties.map((d) => d.country)).toEqual(["KE", "CN"]);
    expect(result.duties[0]!.localisation).toContain("health care data must be processed in Kenya");
    expect(result.duties[1]!.extraDuties).toContain("personal-information impact assessment");
  });

  it("needs no safeguard when the origin's rule says none is required, and accepts any named one where there is no rule", () => {
    expect(check(pilot({ transfers: [{ fromCountry: "IN", toCountry: "KE", safeguard: "" }] })).ok).toBe(true);
    expect(check(pilot({ transfers: [{ fromCountry: "TZ", toCountry: "KE", safeguard: "" }] })).problems).toEqual({ "transfers.0.safeguard": ["agreementChecks.safeguardRequired"] });
    expect(check(pilot({ transfers: [{ fromCountry: "TZ", toCountry: "KE", safeguard: "code_of_conduct" }] })).ok).toBe(true);
  });

  it("needs no safeguard for non-personal data or for a transfer within one country", () => {
    const open = { ...contentFromTemplate("open_non_personal", KE, [CN], { effectiveDate: "2027-01-01", expiryDate: "2030-01-01" }) };
    expect(open.transfers).toEqual([{ fromCountry: "KE", toCountry: "CN", safeguard: "" }]);
    expect(check(open, null)).toMatchObject({ ok: true });
    expect(check(pilot({ transfers: [{ fromCountry: "KE", toCountry: "KE", safeguard: "" }] })).ok).toBe(true);
  });

  it("asks for every field, two parties from the programme providing and receiving, and sensible dates", () => {
    const empty: AgreementContent = {
      parties: [{ institutionId: "strangerstrangerstr1", role: "provider" }],
      purpose: " ",
      dataCategories: [],
      legalBasis: "",
      transfers: [],
      retentionPeriod: "",
      deletionAtEnd: false,
      securityMeasures: "",
      onwardTransfer: "",
      breachNotificationHours: null,
      auditRights: "",
      governingLaw: "",
      disputeResolution: "",
      clauses: "",
      effectiveDate: null,
      expiryDate: null,
    };
    const result = check(empty, null, "Tiny");
    expect(result.ok).toBe(false);
    expect(Object.keys(result.problems).sort()).toEqual(
      [
        "title",
        "parties",
        "parties.0.institutionId",
        "purpose",
        "dataCategories",
        "legalBasis",
        "retentionPeriod",
        "securityMeasures",
        "onwardTransfer",
        "breachNotificationHours",
        "auditRights",
        "governingLaw",
        "disputeResolution",
        "clauses",
        "effectiveDate",
        "expiryDate",
      ].sort(),
    );
    expect(result.problems.parties).toEqual(["agreementChecks.partiesTooFew"]);
    expect(result.problems["parties.0.institutionId"]).toEqual(["agreementChecks.partyNotInProgramme"]);

    const onlyProviders = check(pilot({ transfers: SAFE, parties: [{ institutionId: KE.id, role: "provider" }, { institutionId: CN.id, role: "provider" }] }));
    expect(onlyProviders.problems).toEqual({ parties: ["agreementChecks.providerAndRecipient"] });
    const twice = check(pilot({ transfers: SAFE, parties: [{ institutionId: KE.id, role: "both" }, { institutionId: KE.id, role: "both" }] }));
    expect(twice.problems["parties.1.institutionId"]).toEqual(["agreementChecks.duplicateParty"]);
    expect(check(pilot({ transfers: SAFE, expiryDate: "2026-12-31" })).problems).toEqual({ expiryDate: ["agreementChecks.expiryBeforeEffective"] });
    expect(check(pilot({ transfers: SAFE, effectiveDate: "2025-01-01", expiryDate: "2026-11-29" })).problems).toEqual({ expiryDate: ["agreementChecks.expiryInPast"] });
    expect(check(pilot({ transfers: SAFE, effectiveDate: "2025-01-01", expiryDate: "2026-11-30" })).ok).toBe(true);
    expect(check(pilot({ transfers: SAFE, dataCategories: [{ name: "Genomes", personal: false, sensitive: true }] })).problems).toEqual({ "dataCategories.0.personal": ["agreementChecks.sensitiveMeansPersonal"] });
  });

  it("every template is complete: with the programme's parties and chosen safeguards it passes", () => {
    for (const template of AGREEMENT_TEMPLATES) {
      const content = contentFromTemplate(template.code, KE, [CN], { effectiveDate: "2027-01-01", expiryDate: "2028-12-31" });
      const withSafeguards = { ...content, transfers: content.transfers.map((t) => ({ ...t, safeguard: "consent" as const })) };
      expect(check(withSafeguards, template.personalData ? ASSESSMENT : null), template.code).toMatchObject({ ok: true });
      expect(content.dataCategories.some((c) => c.personal)).toBe(template.personalData);
    }
  });
});
