import type { Database } from "@/db/client";
import { agreementParties, agreements } from "@/db/schema";
import { DomainError, notFound } from "../errors";
import { nextState } from "../workflow/state-machine";
import { creation } from "../workflow/transition";
import { agreementVisibility, loadAgreement, recordedFor } from "./agreement-step";
import { agreementSubject } from "./access";
import { contentFromStored } from "./content";
import { effectiveAgreementStatus } from "./in-force";
import { versionsOf } from "./queries";
import { agreementMachine } from "./transitions";

/** Versions of an agreement still being negotiated: an agreement has at most one amendment under way. */
const LIVE = ["draft", "pending_signatures"] as const;

async function load(db: Database, input: { agreementId: string }) {
  const [found, versions] = await Promise.all([loadAgreement(db, input.agreementId), versionsOf(db, input.agreementId)]);
  if (!found) throw notFound("agreement");
  return { ...found, versions, versionNumber: Math.max(found.agreement.versionNumber, ...versions.map((v) => v.versionNumber)) + 1 };
}

const exists = () => new DomainError("ALREADY_EXISTS", { what: "amendment" });

/**
 * A party's member starts an amendment of an agreement in force: a new draft version with the
 * same reference, the next version number, a link to its parent and the parent's content. The
 * parent stays in force until the amendment enters into force (then it is superseded).
 */
export const amendAgreement = creation({
  machine: agreementMachine,
  create: "amendment",
  object: "agreement",
  load,
  visibleTo: agreementVisibility,
  subject: (found) => agreementSubject(found.programme, found.partyIds),
  rules: ({ loaded }) => {
    nextState(agreementMachine, effectiveAgreementStatus(loaded.agreement), "amend");
    if (loaded.versions.some((v) => (LIVE as readonly string[]).includes(v.status))) throw exists();
  },
  change: ({ db, id, to, viewer, now, loaded: { agreement, parties, versionNumber } }) => [
    {
      statement: db.insert(agreements).values({
        id,
        reference: agreement.reference,
        versionNumber,
        parentAgreementId: agreement.id,
        programmeId: agreement.programmeId,
        status: to,
        title: agreement.title,
        content: contentFromStored(agreement.content),
        impactAssessment: agreement.impactAssessment,
        effectiveDate: agreement.effectiveDate,
        expiryDate: agreement.expiryDate,
        createdByUserId: viewer.userId,
      }),
      expectRows: 1,
    },
    ...(parties.length
      ? [{ statement: db.insert(agreementParties).values(parties.map((p, i) => ({ agreementId: id, institutionId: p.institutionId, role: p.role, createdAt: new Date(now.getTime() + i) }))) }]
      : []),
  ],
  audit: ({ viewer, to, loaded }) => ({
    action: "agreement.amend",
    onBehalfOfInstitutionId: recordedFor(viewer, loaded),
    changes: { status: { before: null, after: to }, versionNumber: { before: loaded.agreement.versionNumber, after: loaded.versionNumber } },
    context: { parentAgreementId: loaded.agreement.id },
  }),
  // Two amendments started at the same moment: the version number is unique per reference.
  onDuplicate: exists,
  result: ({ id, to, loaded }) => ({ agreementId: id, status: to, versionNumber: loaded.versionNumber }),
});
