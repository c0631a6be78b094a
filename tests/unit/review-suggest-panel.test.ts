import { describe, expect, it } from "vitest";
import { conflictOf, type ProgrammeFacts } from "../../server/reviews/conflicts";
import type { Candidate } from "../../server/reviews/queries";
import { suggestPanel } from "../../server/reviews/suggest-panel";

const LEAD = "lead-institution";
const CO_LEAD = "co-lead-institution";
const programme: ProgrammeFacts = { leadInstitutionId: LEAD, coLeadInstitutionIds: [CO_LEAD], partyCountryCodes: ["KE", "IN"] };
const noPolicy = { sameCountry: false };
const sameCountry = { sameCountry: true };

function candidate(name: string, facts: Partial<Candidate> = {}): Candidate {
  return { userId: `id-${name}`, name, email: `${name}@example.test`, institutionIds: [], countryCodes: [], regions: [], load: 0, standing: null, ...facts };
}

describe("a reviewer's conflict of interest", () => {
  const free = { userId: "u", institutionIds: ["elsewhere"], countryCodes: ["BR"], declared: false };

  it("is lead_member for an active member of the lead institution", () => {
    expect(conflictOf({ ...free, institutionIds: ["elsewhere", LEAD] }, programme, noPolicy)).toBe("lead_member");
  });

  it("is co_lead_member for an active member of a co-lead institution", () => {
    expect(conflictOf({ ...free, institutionIds: [CO_LEAD] }, programme, noPolicy)).toBe("co_lead_member");
  });

  it("is declared for a reviewer who recused from this programme before, whatever else is true", () => {
    expect(conflictOf({ ...free, declared: true }, programme, noPolicy)).toBe("declared");
    expect(conflictOf({ ...free, institutionIds: [LEAD], declared: true }, programme, noPolicy)).toBe("declared");
  });

  it("is same_country for a reviewer from a party's country only when the policy asks for it", () => {
    const kenyan = { ...free, countryCodes: ["KE"] };
    expect(conflictOf(kenyan, programme, sameCountry)).toBe("same_country");
    expect(conflictOf(kenyan, programme, noPolicy)).toBeNull();
  });

  it("is none for a reviewer with no tie to the programme", () => {
    expect(conflictOf(free, programme, sameCountry)).toBeNull();
  });
});

describe("the suggested panel", () => {
  it("never suggests a conflicted or previously recused reviewer, not even as chair", () => {
    const candidates = [
      candidate("Ada", { institutionIds: [LEAD] }),
      candidate("Bo", { institutionIds: [CO_LEAD] }),
      candidate("Cy", { standing: "recused" }),
      candidate("Di", { load: 3 }),
      candidate("Ed", { load: 4 }),
    ];
    expect(suggestPanel(candidates, programme, noPolicy, 1)).toEqual({ reviewerIds: ["id-Di"], chairId: "id-Ed" });
  });

  it("skips reviewers from a party's country under the same-country policy", () => {
    const candidates = [candidate("Ada", { countryCodes: ["KE"] }), candidate("Bo", { countryCodes: ["BR"], load: 2 })];
    expect(suggestPanel(candidates, programme, sameCountry, 1).reviewerIds).toEqual(["id-Bo"]);
    expect(suggestPanel(candidates, programme, noPolicy, 1).reviewerIds).toEqual(["id-Ada"]);
  });

  it("takes the least loaded reviewers first, whatever order they come in", () => {
    const candidates = [candidate("Ada", { load: 5 }), candidate("Bo", { load: 1 }), candidate("Cy", { load: 0 }), candidate("Di", { load: 2 })];
    expect(suggestPanel(candidates, programme, noPolicy, 3)).toEqual({ reviewerIds: ["id-Cy", "id-Bo", "id-Di"], chairId: "id-Ada" });
    expect(suggestPanel([...candidates].reverse(), programme, noPolicy, 3)).toEqual({ reviewerIds: ["id-Cy", "id-Bo", "id-Di"], chairId: "id-Ada" });
  });

  it("spreads the panel across regions before taking a second reviewer from the same region", () => {
    const candidates = [
      candidate("Ada", { regions: ["Africa"], load: 0 }),
      candidate("Bo", { regions: ["Africa"], load: 0 }),
      candidate("Cy", { regions: ["Asia"], load: 1 }),
      candidate("Di", { regions: ["Americas"], load: 2 }),
    ];
    expect(suggestPanel(candidates, programme, noPolicy, 3).reviewerIds).toEqual(["id-Ada", "id-Cy", "id-Di"]);
  });

  it("falls back to the least loaded when every region is already on the panel", () => {
    const candidates = [candidate("Ada", { regions: ["Africa"] }), candidate("Bo", { regions: ["Africa"], load: 1 }), candidate("Cy", { regions: ["Africa"], load: 2 })];
    expect(suggestPanel(candidates, programme, noPolicy, 2)).toEqual({ reviewerIds: ["id-Ada", "id-Bo"], chairId: "id-Cy" });
  });

  it("breaks ties by name, so the same candidates always give the same panel", () => {
    const candidates = [candidate("Cy"), candidate("Ada"), candidate("Bo")];
    expect(suggestPanel(candidates, programme, noPolicy, 2)).toEqual({ reviewerIds: ["id-Ada", "id-Bo"], chairId: "id-Cy" });
  });

  it("suggests fewer reviewers when too few are eligible", () => {
    const candidates = [candidate("Ada", { institutionIds: [LEAD] }), candidate("Bo"), candidate("Cy", { load: 1 })];
    expect(suggestPanel(candidates, programme, noPolicy, 3).reviewerIds).not.toContain("id-Ada");
    expect(suggestPanel([candidate("Ada", { institutionIds: [LEAD] })], programme, noPolicy, 3)).toEqual({ reviewerIds: [], chairId: null });
  });

  // assignPanel refuses a chair who is also a reviewer (validation.chairNotReviewer), so a
  // suggestion that does so cannot be taken as it is.
  it.each([1, 2])("never suggests a chair who is also one of the suggested reviewers (%i eligible, panel of 3)", (eligibleCount) => {
    const candidates = [candidate("Ada", { institutionIds: [LEAD] }), ...["Bo", "Cy"].slice(0, eligibleCount).map((n) => candidate(n))];
    const { reviewerIds, chairId } = suggestPanel(candidates, programme, noPolicy, 3);
    expect([...reviewerIds, chairId].every((id) => id === null || id === "id-Bo" || id === "id-Cy")).toBe(true);
    expect(chairId === null || !reviewerIds.includes(chairId)).toBe(true);
  });

  it("suggests no reviewer when the panel is already full (size 0) but still proposes a chair", () => {
    expect(suggestPanel([candidate("Ada"), candidate("Bo", { load: 1 })], programme, noPolicy, 0)).toEqual({ reviewerIds: [], chairId: "id-Ada" });
  });
  // Issue #15.4: the chair records the decision but does not review, so a suggestion with fewer
  // reviewers than the quorum could never be decided by its chair.
  it("keeps enough reviewers to meet the quorum rather than moving one to the chair", () => {
    const two = [candidate("Bo"), candidate("Cy")];
    expect(suggestPanel(two, programme, noPolicy, 3, 2)).toEqual({ reviewerIds: ["id-Bo", "id-Cy"], chairId: null });
    expect(suggestPanel(two, programme, noPolicy, 3, 1)).toEqual({ reviewerIds: ["id-Bo"], chairId: "id-Cy" });
    const three = [...two, candidate("Di")];
    expect(suggestPanel(three, programme, noPolicy, 3, 2)).toEqual({ reviewerIds: ["id-Bo", "id-Cy"], chairId: "id-Di" });
  });
});
