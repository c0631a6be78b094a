import { newId } from "@/db/ids";
import { driverErrorCode } from "@/db/client";
import { agreementParties, agreements } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { metaContext, type UseCaseContext } from "../context";
import { DomainError, notFound } from "../errors";
import { commitAtomic } from "../workflow/commit-transition";
import { nextState } from "../workflow/state-machine";
import { actingInstitution, agreementSubject } from "./access";
import { contentFromStored } from "./content";
import { effectiveAgreementStatus } from "./in-force";
import { findAgreement, partiesOf, versionsOf } from "./queries";
import { agreementMachine } from "./transitions";

/** Versions of an agreement still being negotiated: an agreement has at most one amendment under way. */
const LIVE = ["draft", "pending_signatures"] as const;

/**
 * A party's member starts an amendment of an agreement in force: a new draft version with the
 * same reference, the next version number, a link to its parent and the parent's content. The
 * parent stays in force until the amendment enters into force (then it is superseded).
 */
export async function amendAgreement(ctx: UseCaseContext, input: { agreementId: string }) {
  const { db, viewer } = ctx;
  const [found, parties, versions] = await Promise.all([findAgreement(db, input.agreementId), partiesOf(db, input.agreementId), versionsOf(db, input.agreementId)]);
  if (!found) throw notFound("agreement");
  const { agreement, programme } = found;
  const partyIds = parties.map((p) => p.institutionId);
  assertCan(viewer, agreementMachine.transitions.amend.permission, agreementSubject(programme, partyIds));
  nextState(agreementMachine, effectiveAgreementStatus(agreement), "amend");
  if (versions.some((v) => (LIVE as readonly string[]).includes(v.status))) throw new DomainError("ALREADY_EXISTS", { what: "amendment" });

  const id = newId();
  const versionNumber = Math.max(agreement.versionNumber, ...versions.map((v) => v.versionNumber)) + 1;
  const content = contentFromStored(agreement.content);
  const to = agreementMachine.create.amendment.to;
  const base = Date.now();
  try {
    await commitAtomic(
      db,
      [
        {
          statement: db.insert(agreements).values({
            id,
            reference: agreement.reference,
            versionNumber,
            parentAgreementId: agreement.id,
            programmeId: agreement.programmeId,
            status: to,
            title: agreement.title,
            content,
            impactAssessment: agreement.impactAssessment,
            effectiveDate: agreement.effectiveDate,
            expiryDate: agreement.expiryDate,
            createdByUserId: viewer.userId,
          }),
          expectRows: 1,
        },
        ...(parties.length
          ? [{ statement: db.insert(agreementParties).values(parties.map((p, i) => ({ agreementId: id, institutionId: p.institutionId, role: p.role, createdAt: new Date(base + i) }))) }]
          : []),
      ],
      {
        actorUserId: viewer.userId,
        onBehalfOfInstitutionId: actingInstitution(viewer, [...partyIds, programme.leadInstitutionId]),
        action: "agreement.amend",
        objectType: "agreement",
        objectId: id,
        changes: { status: { before: null, after: to }, versionNumber: { before: agreement.versionNumber, after: versionNumber } },
        context: { ...metaContext(ctx.meta), parentAgreementId: agreement.id },
      },
    );
  } catch (error) {
    // Two amendments started at the same moment: the version number is unique per reference.
    if (driverErrorCode(error) === "ER_DUP_ENTRY") throw new DomainError("ALREADY_EXISTS", { what: "amendment" });
    throw error;
  }
  return { agreementId: id, status: to, versionNumber };
}
