// The authorization matrix's vocabulary: what each persona gets from a procedure. The matrix
// itself is tests/integration/authorization.integration-test.ts; each workflow adds its rows
// in its own support/matrix-<workflow>.ts file (a WorkflowMatrix).
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import type { CallOutcome } from "./errors";
import type { Persona, World } from "./world";

export type Expectation = Record<Persona, "ok" | TRPC_ERROR_CODE_KEY>;

export const all = (outcome: CallOutcome): Expectation => ({ visitor: outcome, signedIn: outcome, memberA: outcome, ownerA: outcome, memberB: outcome, reviewer: outcome, admin: outcome });
export const signedInOnly: Expectation = { ...all("ok"), visitor: "UNAUTHORIZED" };
export const adminOnly: Expectation = { ...all("FORBIDDEN"), visitor: "UNAUTHORIZED", admin: "ok" };
/** Actions of A's owners: A's other people are FORBIDDEN, everybody else is told A's objects do not exist. */
export const ownerOfAOnly: Expectation = { visitor: "UNAUTHORIZED", signedIn: "NOT_FOUND", memberA: "FORBIDDEN", ownerA: "ok", memberB: "NOT_FOUND", reviewer: "NOT_FOUND", admin: "FORBIDDEN" };
/** A's proposals are written by A's members; admins may not write them, everybody else is told they do not exist. */
export const membersOfAOnly: Expectation = { visitor: "UNAUTHORIZED", signedIn: "NOT_FOUND", memberA: "ok", ownerA: "ok", memberB: "NOT_FOUND", reviewer: "NOT_FOUND", admin: "FORBIDDEN" };
/** A's private data (a proposal not open yet, its revisions, its list): A's members and admins; a reviewer not on its panel does not see it. */
export const privateToA: Expectation = { visitor: "UNAUTHORIZED", signedIn: "NOT_FOUND", memberA: "ok", ownerA: "ok", memberB: "NOT_FOUND", reviewer: "NOT_FOUND", admin: "ok" };
/** Work of the proposal's panel, where the matrix's reviewer holds a reviewer's seat (not the chair's). */
export const panelOfA = (overrides: Partial<Expectation>): Expectation => ({ visitor: "UNAUTHORIZED", signedIn: "NOT_FOUND", memberB: "NOT_FOUND", memberA: "FORBIDDEN", ownerA: "FORBIDDEN", reviewer: "ok", admin: "FORBIDDEN", ...overrides });

/** A workflow's rows of the matrix: an expectation per procedure and a valid input built in the call's own world. */
export type WorkflowMatrix = { matrix: Record<string, Expectation>; inputs: Record<string, (w: World) => unknown> };
