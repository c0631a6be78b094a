// The dashboard's "what next" checklist (issue #15.8): per role, the next things to do, each
// linking to where it is done and marked done when it is. Pure: the page reads the facts.
import type { InstitutionStatus } from "@/db/schema/institutions";
import type { PlatformRole } from "@/db/schema/users";

export type NextStepsInput = {
  roles: readonly PlatformRole[];
  institutions: {
    institutionId: string;
    institutionName: string;
    institutionStatus: InstitutionStatus;
    role: "owner" | "member";
    isSignatory: boolean;
    /** Owners only (the member list is read for owners): active members and signatories. */
    activeMembers: number;
    signatories: number;
    programmes: number;
    awaiting: number;
    agreementsToSign: number;
  }[];
  pendingRequests: number;
  invitations: number;
};

export type NextStepKey =
  | "registerInstitution"
  | "joinInstitution"
  | "awaitMembership"
  | "answerInvitation"
  | "awaitVerification"
  | "decideApplications"
  | "signAgreements"
  | "inviteMembers"
  | "designateSignatory"
  | "proposeProgramme"
  | "browseProgrammes"
  | "reviewAssignments"
  | "verifyInstitutions"
  | "reviewDesk"
  | "publishReport";

export type NextStep = { key: NextStepKey; done: boolean; href?: string; institution?: string };

export function nextSteps(input: NextStepsInput): NextStep[] {
  const steps: NextStep[] = [];
  const { institutions } = input;
  if (institutions.length === 0) {
    if (input.invitations > 0) steps.push({ key: "answerInvitation", done: false });
    else if (input.pendingRequests > 0) steps.push({ key: "awaitMembership", done: false });
    else if (input.roles.length === 0) steps.push({ key: "registerInstitution", done: false, href: "/dashboard/institutions/new" }, { key: "joinInstitution", done: false, href: "/dashboard/join" });
  }
  let verified = false;
  for (const i of institutions) {
    const page = `/dashboard/institutions/${i.institutionId}`;
    const about = { institution: i.institutionName };
    if (i.institutionStatus === "pending") {
      if (i.role === "owner") steps.push({ key: "awaitVerification", done: false, ...about });
      continue;
    }
    if (i.institutionStatus !== "verified") continue;
    verified = true;
    if (i.awaiting > 0) steps.push({ key: "decideApplications", done: false, href: `/dashboard#work-${i.institutionId}`, ...about });
    if (i.isSignatory && i.agreementsToSign > 0) steps.push({ key: "signAgreements", done: false, href: `/dashboard#work-${i.institutionId}`, ...about });
    if (i.role === "owner") {
      steps.push({ key: "inviteMembers", done: i.activeMembers > 1, href: page, ...about });
      steps.push({ key: "designateSignatory", done: i.signatories > 0, href: page, ...about });
    }
    steps.push({ key: "proposeProgramme", done: i.programmes > 0, href: `/proposals/new?institution=${i.institutionId}`, ...about });
  }
  if (verified) steps.push({ key: "browseProgrammes", done: false, href: "/programmes" });
  if (input.roles.includes("reviewer")) steps.push({ key: "reviewAssignments", done: false, href: "/reviews" });
  if (input.roles.includes("admin")) {
    steps.push({ key: "verifyInstitutions", done: false, href: "/admin/institutions" }, { key: "reviewDesk", done: false, href: "/review-desk" }, { key: "publishReport", done: false, href: "/admin/reports" });
  }
  return steps;
}
