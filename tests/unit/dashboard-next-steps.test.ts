import { describe, expect, it } from "vitest";
import { nextSteps, type NextStepsInput } from "../../server/pages/dashboard/next-steps";

const institution = (over: Partial<NextStepsInput["institutions"][number]> = {}): NextStepsInput["institutions"][number] => ({
  institutionId: "i1",
  institutionName: "University of Ghana",
  institutionStatus: "verified",
  role: "owner",
  isSignatory: false,
  activeMembers: 1,
  signatories: 0,
  programmes: 0,
  awaiting: 0,
  agreementsToSign: 0,
  ...over,
});
const base: NextStepsInput = { roles: [], institutions: [], pendingRequests: 0, invitations: 0 };
const keys = (input: NextStepsInput) => nextSteps(input).map((s) => `${s.key}${s.done ? "✓" : ""}`);

describe("the dashboard's what-next checklist (issue #15.8)", () => {
  it("offers a newcomer without an institution to register one or to join one", () => {
    expect(keys(base)).toEqual(["registerInstitution", "joinInstitution"]);
  });

  it("tells a newcomer with a request or an invitation to wait or answer, not to register", () => {
    expect(keys({ ...base, pendingRequests: 1 })).toEqual(["awaitMembership"]);
    expect(keys({ ...base, invitations: 1 })).toEqual(["answerInvitation"]);
  });

  it("tells the owner of a pending institution to wait for verification, and nothing about registering", () => {
    expect(keys({ ...base, institutions: [institution({ institutionStatus: "pending" })] })).toEqual(["awaitVerification"]);
  });

  it("walks the owner of a verified institution through members, a signatory, a proposal and the catalogue", () => {
    expect(keys({ ...base, institutions: [institution()] })).toEqual(["inviteMembers", "designateSignatory", "proposeProgramme", "browseProgrammes"]);
    expect(keys({ ...base, institutions: [institution({ activeMembers: 3, signatories: 1, programmes: 2 })] })).toEqual([
      "inviteMembers✓",
      "designateSignatory✓",
      "proposeProgramme✓",
      "browseProgrammes",
    ]);
  });

  it("puts what waits for a decision or a signature first", () => {
    expect(keys({ ...base, institutions: [institution({ role: "member", isSignatory: true, awaiting: 2, agreementsToSign: 1, programmes: 1 })] })).toEqual([
      "decideApplications",
      "signAgreements",
      "proposeProgramme✓",
      "browseProgrammes",
    ]);
  });

  it("sends a reviewer to the assignments and an admin to the institutions to verify and the review desk", () => {
    expect(keys({ ...base, roles: ["reviewer"] })).toEqual(["reviewAssignments"]);
    expect(keys({ ...base, roles: ["admin"] })).toEqual(["verifyInstitutions", "reviewDesk", "publishReport"]);
  });

  it("names the institution in each institution step and links to where the step is done", () => {
    const [invite] = nextSteps({ ...base, institutions: [institution()] });
    expect(invite).toEqual({ key: "inviteMembers", done: false, href: "/dashboard/institutions/i1", institution: "University of Ghana" });
    const propose = nextSteps({ ...base, institutions: [institution()] }).find((s) => s.key === "proposeProgramme");
    expect(propose?.href).toBe("/proposals/new?institution=i1");
  });
});
