import { AGREEMENT_STATUSES } from "@/db/schema/agreements";
import { defineMachine } from "../workflow/state-machine";

/**
 * Data-sharing agreement lifecycle — the one transition table:
 * create → draft (also an amendment: a new draft version of an agreement in force);
 * edit: draft | pending_signatures → draft (voids the round's signatures);
 * send: draft → pending_signatures (the checks pass; the content is frozen and hashed);
 * sign: pending_signatures → pending_signatures, and the last party's signature is
 *   enterIntoForce: pending_signatures → in_force (decided in SQL under the row lock);
 * amend: in_force → in_force (the version stays in force while its amendment is drafted);
 * supersede: in_force → superseded (when its amendment enters into force);
 * terminate: in_force → terminated (a party's signatory or an admin, with a reason).
 * `expired` is never written by an event: an agreement in force past its expiry date READS as
 * expired (in-force.ts, effectiveAgreementStatus), so no event applies to it.
 */
export const agreementMachine = defineMachine({
  name: "agreement",
  states: AGREEMENT_STATUSES,
  create: {
    draft: { to: "draft", permission: "agreement.create" },
    amendment: { to: "draft", permission: "agreement.amend" },
  },
  transitions: {
    edit: { from: ["draft", "pending_signatures"], to: "draft", permission: "agreement.edit" },
    send: { from: ["draft"], to: "pending_signatures", permission: "agreement.send" },
    sign: { from: ["pending_signatures"], to: "pending_signatures", permission: "agreement.sign" },
    enterIntoForce: { from: ["pending_signatures"], to: "in_force", permission: "agreement.sign" },
    amend: { from: ["in_force"], to: "in_force", permission: "agreement.amend" },
    supersede: { from: ["in_force"], to: "superseded", permission: "agreement.sign" },
    terminate: { from: ["in_force"], to: "terminated", permission: "agreement.terminate", needsReason: true },
  },
});

export type AgreementEvent = keyof typeof agreementMachine.transitions;
