// What every transition of an agreement shares: the machine, the row and its parties, who may
// know it exists (its parties, the programme's lead and co-leads, admins), whom it is recorded
// for, and who is told when signatures are asked for or voided.
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { agreementSignatures, agreements } from "@/db/schema";
import type { EditedFields } from "../audit/events";
import type { SignedInViewer } from "../authz/viewer";
import type { Notice } from "../notifications/notices";
import type { ChangeStep } from "../workflow/commit";
import { actingInstitution, agreementSubject } from "./access";
import { effectiveAgreementStatus } from "./in-force";
import { findAgreement, partiesOf, type AgreementRow, type PartyRow } from "./queries";
import { agreementMachine } from "./transitions";

export type AgreementInput = { agreementId: string; version: number };

/** An agreement as its transitions see it: the row, its programme and its parties. */
export async function loadAgreement(db: Database, agreementId: string) {
  const [found, parties] = await Promise.all([findAgreement(db, agreementId), partiesOf(db, agreementId)]);
  return found && { ...found, parties, partyIds: parties.map((p) => p.institutionId) };
}
export type LoadedAgreement = NonNullable<Awaited<ReturnType<typeof loadAgreement>>>;

/** Parties, the lead and co-leads' members, and admins may know an agreement exists; others get NOT_FOUND. */
export const agreementVisibility = {
  action: "agreement.view",
  subject: (found: LoadedAgreement) => agreementSubject(found.programme, found.partyIds),
} as const;

/** Spread into a `transition({...})` declaration: `...onAgreement<TheInput>()`. Expiry is read, not stored (in-force.ts). */
export const onAgreement = <I extends AgreementInput>() =>
  ({
    machine: agreementMachine,
    table: agreements,
    object: "agreement",
    load: (db: Database, input: I) => loadAgreement(db, input.agreementId),
    target: (found: LoadedAgreement) => ({ id: found.agreement.id, status: effectiveAgreementStatus(found.agreement), version: found.agreement.version }),
    visibleTo: agreementVisibility,
    subject: (found: LoadedAgreement) => agreementSubject(found.programme, found.partyIds),
  }) as const;

/** The institution the change is recorded for: the first party, then the lead or a co-lead, the viewer belongs to. */
export const recordedFor = (viewer: SignedInViewer, found: LoadedAgreement) =>
  actingInstitution(viewer, [...found.partyIds, found.programme.leadInstitutionId, ...found.programme.coLeadInstitutionIds]);

export const agreementPath = (agreementId: string) => `/agreements/${agreementId}`;
const factsOf = (a: Pick<AgreementRow, "reference" | "title">) => ({ reference: a.reference, title: a.title });

/** Each party's signatories are asked to sign, named for the institution they would sign for. */
export function signatureRequestedNotices(agreement: AgreementRow, parties: readonly PartyRow[]): Notice[] {
  return parties.map((party) => ({
    to: { membersOf: [party.institutionId], only: "signatories" },
    kind: "signatureRequested",
    params: { ...factsOf(agreement), institution: party.name },
    path: agreementPath(agreement.id),
  }));
}

/** Every party's signatories (as the parties stand once the change is written). */
export function partySignatoriesNotice(kind: "agreementInForce" | "signaturesVoided", agreement: AgreementRow, extra: Pick<Notice, "onlyIf" | "except"> = {}): Notice {
  return { to: { signatoriesOfParties: agreement.id }, kind, params: factsOf(agreement), path: agreementPath(agreement.id), ...extra };
}

/**
 * The `edit` event shared by saving the text and recording the impact assessment: a draft stays a
 * draft; an agreement waiting for signatures goes back to draft and every signature of the round
 * is voided, in the same write. What it sets, voids and records, from the agreement as read.
 */
export function editChange(db: Database, found: LoadedAgreement, set: Partial<AgreementRow>, extra: readonly ChangeStep[] = []) {
  const { agreement } = found;
  const voiding = agreement.status === "pending_signatures";
  const voidSignatures: ChangeStep = {
    statement: db
      .update(agreementSignatures)
      .set({ status: "voided", voidedAt: new Date() })
      .where(and(eq(agreementSignatures.agreementId, agreement.id), eq(agreementSignatures.signingRound, agreement.signingRound), eq(agreementSignatures.status, "valid"))),
  };
  return {
    voiding,
    change: {
      set: { ...set, ...(voiding ? { canonicalContent: null, contentHash: null, partiesToSign: 0, signaturesGiven: 0 } : {}) },
      after: [...extra, ...(voiding ? [voidSignatures] : [])],
    },
    /** What the audit entry adds for a voiding edit. */
    voidedChanges: (voiding ? { signaturesVoided: { before: agreement.signaturesGiven, after: 0 } } : {}) as EditedFields,
    voidedContext: voiding ? { signingRound: agreement.signingRound, voidedSignatures: agreement.signaturesGiven } : {},
    notices: voiding ? [partySignatoriesNotice("signaturesVoided", agreement)] : [],
  };
}

/** What an edit records: the fields changed, the move back to draft and the signatures voided, if any. */
export function editedChanges(fields: EditedFields, from: string, to: string, edit: { voidedChanges: EditedFields }): EditedFields {
  const changes: EditedFields = { ...fields, ...edit.voidedChanges };
  if (from !== to) changes.status = { before: from, after: to };
  return changes;
}

export const agreementMoved = ({ target, to }: { target: { id: string; version: number }; to: string }) => ({
  agreementId: target.id,
  status: to,
  version: target.version + 1,
});
