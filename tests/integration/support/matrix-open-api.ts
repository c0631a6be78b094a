// The open API's rows of the authorization matrix (see support/matrix.ts): personal API tokens
// are a person's own, webhooks are set up by an institution's owners. And the matrix's TOKEN
// personas: the same calls made with a personal API token of A's member (scope `read`) and of
// A's owner (scope `institution:write`), through the real router, the token's viewer loaded as
// a bearer request loads it.
import { createApiToken } from "../../../server/api-tokens/create-api-token";
import { viewerOfToken } from "../../../server/api-tokens/token-viewer";
import type { ApiTokenScope } from "../../../db/schema/open-api";
import type { Database } from "../../../db/client";
import { webhookEndpoints } from "../../../db/schema";
import { newId } from "../../../db/ids";
import { createTRPCContextFor } from "./token-context";
import { ownerOfAOnly, signedInOnly, type Expectation, type WorkflowMatrix } from "./matrix";
import { actingAs } from "./personas";
import type { World } from "./world";

/** A's receiver, as registered by A's owner. */
async function webhookOfA(w: World) {
  const id = newId();
  await w.db.insert(webhookEndpoints).values({ id, institutionId: w.a.id, url: "https://hooks.example.org/southbridge", secret: "whsec_matrix", createdByUserId: w.people.ownerA.id });
  return { id, version: 1 };
}

export const OPEN_API_MATRIX: WorkflowMatrix = {
  matrix: {
    "apiTokens.list": signedInOnly,
    "apiTokens.create": signedInOnly,
    // A's member's token: somebody else's token does not exist for anyone else.
    "apiTokens.revoke": { ...ownerOfAOnly, ownerA: "NOT_FOUND", memberA: "ok", admin: "NOT_FOUND" },
    "webhooks.list": ownerOfAOnly,
    "webhooks.register": ownerOfAOnly,
    "webhooks.revoke": ownerOfAOnly,
  },
  inputs: {
    "apiTokens.list": () => undefined,
    "apiTokens.create": () => ({ name: "Matrix token", scope: "read" }),
    "apiTokens.revoke": async (w) => {
      const created = await createApiToken(await actingAs(w.db, w.people.memberA), { name: "Matrix token", scope: "read" });
      return { tokenId: created.id, version: 1 };
    },
    "webhooks.list": (w) => ({ institutionId: w.a.id }),
    "webhooks.register": (w) => ({ institutionId: w.a.id, url: "https://hooks.example.org/southbridge" }),
    "webhooks.revoke": async (w) => ({ institutionId: w.a.id, webhookId: (await webhookOfA(w)).id, version: 1 }),
  },
};

/** The token personas: whose token, and its scope. */
export const TOKEN_PERSONAS = {
  readTokenOfMemberA: { person: "memberA", scope: "read" },
  writeTokenOfOwnerA: { person: "ownerA", scope: "institution:write" },
} as const satisfies Record<string, { person: "memberA" | "ownerA"; scope: ApiTokenScope }>;
export type TokenPersona = keyof typeof TOKEN_PERSONAS;

/**
 * Mutations a write token may not make although its owner may: acts on the person's own account
 * and credentials (the token namespaces refused by the tRPC guard, and the table's `user`/`self`
 * writes, which a token never counts).
 */
export const NOT_WITH_A_WRITE_TOKEN = [
  "account.changePassword",
  "account.requestEmailChange",
  "account.confirmEmailChange",
  "account.updateProfile",
  "notifications.updatePreferences",
  "account.signOutEverywhere",
  "account.signUp",
  "account.verifyEmail",
  "account.requestPasswordReset",
  "account.resetPassword",
  "account.resendVerification",
  "apiTokens.create",
  "apiTokens.revoke",
  "stepUp.startTotp",
  "stepUp.confirmTotp",
  "stepUp.passkeyOptions",
  "stepUp.confirmPasskey",
  "stepUp.removeFactor",
  "institutions.register",
  "memberships.request",
  // Following a thread is the person's own choice of what they are told, not an act for an institution.
  "discussions.follow",
];

/**
 * What a token persona gets: a read token reads what its user reads and never writes; a write
 * token does what its user does on behalf of their institution, nothing on their own account.
 */
export function tokenExpectation(row: Expectation, procedure: string, kind: "query" | "mutation", persona: TokenPersona): Expectation[keyof Expectation] {
  const { person, scope } = TOKEN_PERSONAS[persona];
  if (kind === "query") return row[person];
  if (scope === "read") return "FORBIDDEN";
  return NOT_WITH_A_WRITE_TOKEN.includes(procedure) ? "FORBIDDEN" : row[person];
}

/** The real router called with a fresh personal API token of `person` (created through the real use case). */
export async function tokenCaller(db: Database, w: World, persona: TokenPersona) {
  const { person, scope } = TOKEN_PERSONAS[persona];
  const created = await createApiToken(await actingAs(db, w.people[person]), { name: `Matrix ${persona}`, scope });
  const bearer = await viewerOfToken(db, created.token);
  if (!bearer?.viewer) throw new Error(`tokenCaller: the token of ${person} loads no viewer`);
  return createTRPCContextFor(db, bearer.viewer);
}
