import { PARTICIPATION_STATUSES } from "@/db/schema/participation";
import { defineMachine } from "../workflow/state-machine";

/**
 * Participation in an open programme: an institution applies (→ pending); the lead accepts
 * (→ accepted, takes a place) or declines (→ declined); the applicant may withdraw a pending
 * application (→ withdrawn) or leave once accepted (→ left, frees the place).
 * Subjects: apply / withdraw / leave — the applicant institution; accept / decline — the lead.
 */
export const participationMachine = defineMachine({
  name: "participation",
  states: PARTICIPATION_STATUSES,
  create: { apply: { to: "pending", permission: "participation.apply" } },
  transitions: {
    accept: { from: ["pending"], to: "accepted", permission: "participation.decide" },
    decline: { from: ["pending"], to: "declined", permission: "participation.decide" },
    withdraw: { from: ["pending"], to: "withdrawn", permission: "participation.withdraw" },
    leave: { from: ["accepted"], to: "left", permission: "participation.leave" },
  },
});

export type ParticipationEvent = keyof typeof participationMachine.transitions;
