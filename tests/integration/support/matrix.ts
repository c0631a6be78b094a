// The authorization matrix's vocabulary: what each persona gets from a procedure. The matrix
// itself is tests/integration/authorization.integration-test.ts; each workflow adds its rows
// in its own support/matrix-<workflow>.ts file (a WorkflowMatrix).
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import type { CallOutcome } from "./errors";
import type { Persona, World } from "./world";

export type Expectation = Record<Persona, "ok" | TRPC_ERROR_CODE_KEY>;

/**
 * The two personas of issue #11, everywhere: a member (owner, signatory) of a suspended
 * institution that is party to A's programmes, and a reviewer whose role was revoked. Their
 * own account stays theirs (reading it, signing out, notifications, asking to join or
 * registering an institution — acts on their own behalf); every act on behalf of their
 * institution or on a panel is refused.
 */
export const all = (outcome: CallOutcome): Expectation => ({
  visitor: outcome,
  signedIn: outcome,
  memberA: outcome,
  ownerA: outcome,
  memberB: outcome,
  reviewer: outcome,
  admin: outcome,
  memberSuspended: outcome,
  revokedReviewer: outcome,
});
export const signedInOnly: Expectation = { ...all("ok"), visitor: "UNAUTHORIZED" };
export const adminOnly: Expectation = { ...all("FORBIDDEN"), visitor: "UNAUTHORIZED", admin: "ok" };
/** Actions of A's owners: A's other people are FORBIDDEN, everybody else is told A's objects do not exist. */
export const ownerOfAOnly: Expectation = {
  visitor: "UNAUTHORIZED",
  signedIn: "NOT_FOUND",
  memberA: "FORBIDDEN",
  ownerA: "ok",
  memberB: "NOT_FOUND",
  reviewer: "NOT_FOUND",
  admin: "FORBIDDEN",
  memberSuspended: "NOT_FOUND",
  revokedReviewer: "NOT_FOUND",
};
/** A's proposals are written by A's members; admins may not write them, everybody else is told they do not exist. */
export const membersOfAOnly: Expectation = { ...ownerOfAOnly, memberA: "ok" };
/** A's private data (a proposal not open yet, its revisions, its list): A's members and admins; a reviewer not on its panel does not see it. */
export const privateToA: Expectation = { ...ownerOfAOnly, memberA: "ok", admin: "ok" };
/**
 * A programme's private side, S being its co-lead: S's people keep READING it while suspended
 * (reads stay open), as A's people and admins do.
 */
export const privateToParties: Expectation = { ...privateToA, memberSuspended: "ok" };
/**
 * A write on a programme S is party to: S's suspended owner is related (so not NOT_FOUND) but
 * refused — FORBIDDEN, the transport code of INSTITUTION_NOT_ACTIVE and of a missing right.
 */
export const refusedToSuspendedParty = (row: Expectation): Expectation => ({ ...row, memberSuspended: "FORBIDDEN" });
/** Work of the proposal's panel, where the matrix's reviewer holds a reviewer's seat (not the chair's); the revoked reviewer's seat ended. */
export const panelOfA = (overrides: Partial<Expectation>): Expectation => ({
  visitor: "UNAUTHORIZED",
  signedIn: "NOT_FOUND",
  memberB: "NOT_FOUND",
  memberA: "FORBIDDEN",
  ownerA: "FORBIDDEN",
  reviewer: "ok",
  admin: "FORBIDDEN",
  memberSuspended: "FORBIDDEN",
  revokedReviewer: "NOT_FOUND",
  ...overrides,
});

/** A workflow's rows of the matrix: an expectation per procedure and a valid input built in the call's own world. */
export type WorkflowMatrix = { matrix: Record<string, Expectation>; inputs: Record<string, (w: World) => unknown> };
