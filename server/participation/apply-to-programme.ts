import { driverErrorCode } from "@/db/client";
import { newId } from "@/db/ids";
import { participations } from "@/db/schema";
import { assertCan, can } from "../authz/permissions";
import { todayUtc } from "../agreements/in-force";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { DomainError, invalidFields, notFound } from "../errors";
import { isEligibleCountry } from "../institutions/eligibility";
import { notify } from "../notifications/notify";
import { commitAtomic } from "../workflow/commit-transition";
import { activeMemberIds, findApplicant, findLiveApplication, findProgrammeForParticipation } from "./queries";
import type { ApplyInput } from "./schemas";
import { participationMachine } from "./transitions";

/** Statuses in which a programme is public: anybody may know it exists (others are the lead's private proposals). */
const PUBLIC_STATUSES = ["open", "active", "completed", "cancelled"] as const;

/**
 * A member of a verified institution of an eligible country applies for it to join an open
 * programme before its deadline while places are left; one live application per institution.
 */
export async function applyToProgramme(ctx: UseCaseContext, input: ApplyInput) {
  const { db, viewer } = ctx;
  // Unverified (pending), suspended or rejected institutions: INSTITUTION_NOT_ACTIVE (verifiedOnly).
  assertCan(viewer, participationMachine.create.apply.permission, { institutionId: input.institutionId });
  const [programme, applicant, live] = await Promise.all([
    findProgrammeForParticipation(db, input.programmeId),
    findApplicant(db, input.institutionId),
    findLiveApplication(db, input.programmeId, input.institutionId),
  ]);
  if (!applicant) throw notFound("institution");
  const visible =
    programme &&
    ((PUBLIC_STATUSES as readonly string[]).includes(programme.status) ||
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

  const id = newId();
  const status = participationMachine.create.apply.to;
  try {
    await commitAtomic(
      db,
      [
        {
          statement: db.insert(participations).values({
            id,
            programmeId: programme.id,
            institutionId: applicant.id,
            status,
            motivation: input.motivation,
            contactName: input.contactName,
            contactEmail: input.contactEmail,
            appliedByUserId: viewer!.userId,
          }),
        },
      ],
      {
        actorUserId: viewer!.userId,
        onBehalfOfInstitutionId: applicant.id,
        action: "participation.apply",
        objectType: "participation",
        objectId: id,
        changes: { status: { before: null, after: status } },
        context: { ...metaContext(ctx.meta), programmeId: programme.id },
      },
    );
  } catch (error) {
    // Two applications at the same moment: the unique live key lets exactly one through.
    if (driverErrorCode(error) === "ER_DUP_ENTRY") throw new DomainError("ALREADY_APPLIED", {});
    throw error;
  }

  await afterResponse(ctx, async () =>
    notify(
      db,
      { userIds: await activeMemberIds(db, [programme.leadInstitutionId]) },
      "applicationReceived",
      { institution: applicant.name, reference: programme.reference, title: programme.title },
      `/proposals/${programme.id}`,
    ),
  );
  return { participationId: id, status };
}
