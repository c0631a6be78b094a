import type { Database } from "@/db/client";
import { participations } from "@/db/schema";
import { todayUtc } from "../agreements/in-force";
import { can } from "../authz/permissions";
import { DomainError, invalidFields, notFound } from "../errors";
import { isEligibleCountry } from "../institutions/eligibility";
import { programmeMachine } from "../programmes/transitions";
import { creation } from "../workflow/transition";
import { findApplicant, findLiveApplication, findProgrammeForParticipation } from "./queries";
import type { ApplyInput } from "./schemas";
import { participationMachine } from "./transitions";

async function load(db: Database, input: ApplyInput) {
  const [programme, applicant, live] = await Promise.all([
    findProgrammeForParticipation(db, input.programmeId),
    findApplicant(db, input.institutionId),
    findLiveApplication(db, input.programmeId, input.institutionId),
  ]);
  return { programme, applicant, live };
}

/**
 * A member of a verified institution of an eligible country applies for it to join an open
 * programme before its deadline while places are left; one live application per institution.
 * Unverified, suspended or rejected institutions: INSTITUTION_NOT_ACTIVE (the permission's rule).
 */
export const applyToProgramme = creation({
  machine: participationMachine,
  create: "apply",
  object: "participation",
  load,
  subject: (_loaded, input) => ({ institutionId: input.institutionId }),
  rules: ({ viewer, loaded: { programme, applicant, live } }) => {
    if (!applicant) throw notFound("institution");
    const visible =
      programme &&
      (programmeMachine.groups.known.includes(programme.status) ||
        can(viewer, "programme.viewPrivate", { institutionId: programme.leadInstitutionId, partnerInstitutionIds: programme.coLeadInstitutionIds }));
    if (!programme || !visible) throw notFound("programme");
    if (programme.status !== "open") throw new DomainError("INVALID_TRANSITION", { machine: "programme", from: programme.status, event: "apply" });
    if (programme.leadInstitutionId === applicant.id || programme.coLeadInstitutionIds.includes(applicant.id)) {
      throw invalidFields({ institutionId: ["participation.validation.ownProgramme"] });
    }
    if (!isEligibleCountry({ g77: applicant.g77 }, applicant.type)) throw new DomainError("INELIGIBLE_COUNTRY", { country: applicant.countryCode });
    if (programme.applicationDeadline !== null && programme.applicationDeadline < todayUtc()) {
      throw new DomainError("DEADLINE_PASSED", { deadline: programme.applicationDeadline });
    }
    if (live) throw new DomainError("ALREADY_APPLIED", { status: live.status });
    if (programme.capacity !== null && programme.acceptedCount >= programme.capacity) throw new DomainError("PROGRAMME_FULL", { capacity: programme.capacity });
  },
  change: ({ db, input, id, to, viewer }) => [
    {
      statement: db.insert(participations).values({
        id,
        programmeId: input.programmeId,
        institutionId: input.institutionId,
        status: to,
        motivation: input.motivation,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        appliedByUserId: viewer.userId,
      }),
    },
  ],
  audit: ({ input, to }) => ({
    action: "participation.apply",
    onBehalfOfInstitutionId: input.institutionId,
    changes: { status: { before: null, after: to } },
    context: { programmeId: input.programmeId },
  }),
  notices: ({ input, loaded: { programme, applicant } }) => [
    {
      to: { membersOf: [programme!.leadInstitutionId] },
      kind: "applicationReceived",
      params: { institution: applicant!.name, reference: programme!.reference, title: programme!.title },
      path: `/proposals/${input.programmeId}`,
    },
  ],
  // Two applications at the same moment: the unique live key lets exactly one through.
  onDuplicate: () => new DomainError("ALREADY_APPLIED", {}),
  result: ({ id, to }) => ({ participationId: id, status: to }),
});
