// THE authorization matrix: every procedure of the router × every persona, each call made with a
// valid input in a fresh world, through the real router and database.
import { afterAll, describe, expect, it } from "vitest";
import { appRouter } from "../../server/trpc/root";
import { DEFAULT_RUBRIC } from "../../server/reviews/rubric";
import { addMembership, addPanel, createInstitution, createProgramme, createReviewer, createUser, DEFAULT_TEST_PASSWORD, uniqueSuffix, type Programme, type ProgrammeOverrides } from "../factories";
import { insertDeadLetter, openTestDb } from "./support/db";
import { outcomeOf } from "./support/errors";
import { callerAs, type Caller } from "./support/personas";
import { adminOnly, all, membersOfAOnly, ownerOfAOnly, panelOfA, privateToA, privateToParties, refusedToSuspendedParty, signedInOnly, type Expectation } from "./support/matrix";
import { AGREEMENTS_MATRIX } from "./support/matrix-agreements";
import { CATALOGUE_MATRIX } from "./support/matrix-catalogue";
import { COAUTHORING_MATRIX } from "./support/matrix-coauthoring";
import { PARTICIPATION_MATRIX } from "./support/matrix-participation";
import { REPORTS_MATRIX } from "./support/matrix-reports";
import { MATCHING_MATRIX } from "./support/matrix-matching";
import { OPEN_API_MATRIX, TOKEN_PERSONAS, tokenCaller, tokenExpectation, type TokenPersona } from "./support/matrix-open-api";
import { STEP_UP_MATRIX } from "./support/matrix-step-up";
import { DISCUSSIONS_MATRIX } from "./support/matrix-discussions";
import { buildWorld, institutionFields, ofA, passwordResetToken, emailChangeToken, personOf, PERSONAS, seatRevokedReviewer, verificationToken, type World } from "./support/world";
import { DEFAULT_EMAIL_PREFERENCES } from "../../server/notifications/email-preferences";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

const MATRIX: Record<string, Expectation> = {
  ...CATALOGUE_MATRIX.matrix,
  ...PARTICIPATION_MATRIX.matrix,
  ...AGREEMENTS_MATRIX.matrix,
  ...REPORTS_MATRIX.matrix,
  ...MATCHING_MATRIX.matrix,
  ...OPEN_API_MATRIX.matrix,
  ...STEP_UP_MATRIX.matrix,
  ...COAUTHORING_MATRIX.matrix,
  ...DISCUSSIONS_MATRIX.matrix,
  "account.signUp": all("ok"),
  "account.verifyEmail": all("ok"),
  "account.requestPasswordReset": all("ok"),
  "account.resetPassword": all("ok"),
  "account.resendVerification": all("ok"),
  "account.changePassword": signedInOnly,
  "account.requestEmailChange": signedInOnly,
  "account.confirmEmailChange": all("ok"),
  "account.updateProfile": signedInOnly,
  "account.me": signedInOnly,
  "account.myMemberships": signedInOnly,
  "account.signOutEverywhere": signedInOnly,
  "institutions.directory": all("ok"),
  // A pending institution: only its members and admins know it exists.
  "institutions.byId": { ...privateToA, visitor: "NOT_FOUND" },
  "institutions.register": signedInOnly,
  "institutions.update": ownerOfAOnly,
  "institutions.verificationQueue": adminOnly,
  // An admin suspends A: A's own people are FORBIDDEN, strangers get NOT_FOUND.
  "institutions.changeStatus": { ...ownerOfAOnly, ownerA: "FORBIDDEN", admin: "ok" },
  "memberships.list": privateToA,
  // Asking to join A (a person's own act, also for S's suspended owner): A's members already have a live membership.
  "memberships.request": { ...signedInOnly, memberA: "CONFLICT", ownerA: "CONFLICT" },
  "memberships.invite": ownerOfAOnly,
  "memberships.changeStatus": ownerOfAOnly,
  "memberships.setRole": ownerOfAOnly,
  "memberships.setSignatory": ownerOfAOnly,
  "admin.users": adminOnly,
  "admin.changeRole": adminOnly,
  "admin.audit": adminOnly,
  "admin.auditChain": adminOnly,
  "admin.changeUserStatus": adminOnly,
  "admin.deadLetters": adminOnly,
  "admin.retryDeadLetter": adminOnly,
  "reference.countries": all("ok"),
  "reference.sectors": all("ok"),
  "reference.mechanisms": all("ok"),
  "programmes.create": membersOfAOnly,
  // S, the suspended co-lead, is related to the proposal: its owner is refused, not told it does not exist.
  "programmes.update": refusedToSuspendedParty(membersOfAOnly),
  "programmes.submit": refusedToSuspendedParty(membersOfAOnly),
  "programmes.withdraw": refusedToSuspendedParty(membersOfAOnly),
  // Publicly readable only once open: before that a visitor is told it does not exist. The co-lead's people read it.
  "programmes.byId": { ...privateToParties, visitor: "NOT_FOUND" },
  "programmes.revisionDiff": privateToParties,
  "programmes.forInstitution": privateToA,
  "reviews.desk": adminOnly,
  "reviews.suggestPanel": adminOnly,
  "reviews.assignPanel": adminOnly,
  "reviews.rubric": adminOnly,
  "reviews.updateRubric": adminOnly,
  "reviews.myAssignments": { ...all("FORBIDDEN"), visitor: "UNAUTHORIZED", reviewer: "ok" },
  // The lead's and co-lead's people read the sheet of their own proposal (without other reviews or names); the revoked reviewer no longer does.
  "reviews.sheet": panelOfA({ memberA: "ok", ownerA: "ok", admin: "ok", memberSuspended: "ok" }),
  "reviews.submit": panelOfA({}),
  // Only a seat can be given up: anybody without one is told there is nothing to recuse from.
  "reviews.recuse": panelOfA({ memberA: "NOT_FOUND", ownerA: "NOT_FOUND", admin: "NOT_FOUND", memberSuspended: "NOT_FOUND" }),
  // The chair (not the matrix's reviewer) or an admin giving a reason.
  "reviews.decide": panelOfA({ reviewer: "FORBIDDEN", admin: "ok" }),
  "notifications.list": signedInOnly,
  "notifications.markRead": signedInOnly,
  "notifications.preferences": signedInOnly,
  "notifications.updatePreferences": signedInOnly,
};

/** A proposal led by A with complete content, proposed by A's owner. */
const programmeOfA = (w: World, overrides: ProgrammeOverrides = {}) => createProgramme(w.db, { ...ofA(w), ...overrides });
const versionOf = (p: Programme) => ({ programmeId: p.id, version: p.version });

/**
 * A proposal of A under review: the matrix's reviewer and another hold reviewer seats, a third
 * reviewer chairs; the revoked reviewer had a seat too, ended when their role was revoked.
 */
async function reviewedByPanel(w: World) {
  const programme = await programmeOfA(w, { status: "under_review" });
  const [other, chair] = await Promise.all([createReviewer(w.db), createReviewer(w.db)]);
  await addPanel(w.db, programme.id, { reviewers: [w.people.reviewer, other], chair, assignedBy: w.people.admin });
  await seatRevokedReviewer(w, programme.id);
  return programme;
}

/** A valid input for each procedure, built inside the call's own world. */
const INPUTS: Record<string, (w: World) => unknown> = {
  ...CATALOGUE_MATRIX.inputs,
  ...COAUTHORING_MATRIX.inputs,
  ...PARTICIPATION_MATRIX.inputs,
  ...AGREEMENTS_MATRIX.inputs,
  ...REPORTS_MATRIX.inputs,
  ...MATCHING_MATRIX.inputs,
  ...OPEN_API_MATRIX.inputs,
  ...STEP_UP_MATRIX.inputs,
  ...DISCUSSIONS_MATRIX.inputs,
  "account.signUp": () => ({ name: "New Person", email: `new-${uniqueSuffix()}@example.test`, password: "A-long-password-2026", locale: "fr" }),
  "account.verifyEmail": async (w) => ({ token: await verificationToken(w.db) }),
  "account.requestPasswordReset": (w) => ({ email: w.people.signedIn.email, locale: "en" }),
  "account.resetPassword": async (w) => ({ token: await passwordResetToken(w.db), password: "Another-long-password-2026" }),
  "account.resendVerification": (w) => ({ email: w.people.signedIn.email, locale: "en" }),
  "account.changePassword": () => ({ currentPassword: DEFAULT_TEST_PASSWORD, newPassword: "Another-long-password-2026" }),
  "account.requestEmailChange": () => ({ newEmail: `moved-${uniqueSuffix()}@example.test`, currentPassword: DEFAULT_TEST_PASSWORD }),
  "account.confirmEmailChange": async (w) => ({ token: await emailChangeToken(w.db) }),
  "account.updateProfile": () => ({ name: "Renamed Person", locale: "pt", version: 1 }),
  "account.me": () => undefined,
  "account.myMemberships": () => undefined,
  "account.signOutEverywhere": () => undefined,
  "institutions.directory": () => ({ q: "Test University" }),
  "institutions.byId": async (w) => {
    const pending = await createInstitution(w.db, { status: "pending", createdByUserId: w.people.ownerA.id });
    await addMembership(w.db, { institutionId: pending.id, userId: w.people.ownerA.id, role: "owner" });
    await addMembership(w.db, { institutionId: pending.id, userId: w.people.memberA.id });
    return { institutionId: pending.id };
  },
  "institutions.register": () => institutionFields(),
  "institutions.update": (w) => ({ ...institutionFields(), institutionId: w.a.id, version: w.a.version }),
  "institutions.verificationQueue": () => undefined,
  "institutions.changeStatus": (w) => ({ institutionId: w.a.id, event: "suspend", reason: "Matrix check", version: w.a.version }),
  "memberships.list": (w) => ({ institutionId: w.a.id }),
  "memberships.request": (w) => ({ institutionId: w.a.id, message: "Please let me join." }),
  "memberships.invite": async (w) => ({ institutionId: w.a.id, email: (await createUser(w.db)).email }),
  "memberships.changeStatus": async (w) => {
    const request = await addMembership(w.db, { institutionId: w.a.id, userId: (await createUser(w.db)).id, status: "requested" });
    return { membershipId: request.id, event: "accept", version: request.version };
  },
  "memberships.setRole": async (w) => {
    const member = await addMembership(w.db, { institutionId: w.a.id, userId: (await createUser(w.db)).id });
    return { membershipId: member.id, role: "owner", version: member.version };
  },
  "memberships.setSignatory": async (w) => {
    const member = await addMembership(w.db, { institutionId: w.a.id, userId: (await createUser(w.db)).id });
    return { membershipId: member.id, isSignatory: true, version: member.version };
  },
  "admin.users": () => ({ q: "Test User", page: 1 }),
  "admin.changeRole": async (w) => ({ userId: (await createUser(w.db)).id, role: "reviewer", grant: true }),
  "admin.audit": (w) => ({ institutionId: w.a.id }),
  "admin.auditChain": () => ({ afterSeq: 0 }),
  "admin.changeUserStatus": async (w) => {
    const user = await createUser(w.db);
    return { userId: user.id, event: "suspend", version: user.version, reason: "Matrix check" };
  },
  "admin.deadLetters": () => ({ page: 1 }),
  "admin.retryDeadLetter": async (w) => ({ emailId: (await insertDeadLetter(w.db)).id }),
  "reference.countries": () => undefined,
  "reference.sectors": () => undefined,
  "reference.mechanisms": () => undefined,
  "programmes.create": (w) => ({ leadInstitutionId: w.a.id, title: "A matrix proposal" }),
  "programmes.update": async (w) => ({ ...versionOf(await programmeOfA(w)), title: "A matrix proposal, edited" }),
  "programmes.submit": async (w) => versionOf(await programmeOfA(w)),
  "programmes.withdraw": async (w) => versionOf(await programmeOfA(w)),
  "programmes.byId": async (w) => ({ programmeId: (await programmeOfA(w, { status: "submitted" })).id }),
  "programmes.revisionDiff": async (w) => ({ programmeId: (await programmeOfA(w, { status: "under_review", currentRevision: 2 })).id, from: 1, to: 2 }),
  "programmes.forInstitution": (w) => ({ institutionId: w.a.id }),
  "reviews.desk": () => undefined,
  "reviews.suggestPanel": async (w) => ({ programmeId: (await programmeOfA(w, { status: "submitted" })).id }),
  "reviews.assignPanel": async (w) => {
    const [reviewer, chair] = await Promise.all([createReviewer(w.db), createReviewer(w.db)]);
    return { ...versionOf(await programmeOfA(w, { status: "submitted" })), reviewerIds: [reviewer.id], chairId: chair.id };
  },
  "reviews.rubric": () => undefined,
  // The seeded weights: a successful call changes nothing for the other tests.
  "reviews.updateRubric": () => ({ criteria: DEFAULT_RUBRIC.map((c) => ({ code: c.code, weight: c.weight, active: true })) }),
  "reviews.myAssignments": () => undefined,
  "reviews.sheet": async (w) => ({ programmeId: (await reviewedByPanel(w)).id }),
  "reviews.submit": async (w) => ({
    programmeId: (await reviewedByPanel(w)).id,
    scores: Object.fromEntries(DEFAULT_RUBRIC.map((c) => [c.code, 4])),
    commentsToProposer: "A clear plan.",
    confidentialComments: "",
    recommendation: "approve",
  }),
  "reviews.recuse": async (w) => ({ programmeId: (await reviewedByPanel(w)).id, reason: "I know the lead." }),
  "reviews.decide": async (w) => ({ ...versionOf(await reviewedByPanel(w)), outcome: "approve", letter: "Approved.", overrideReason: "Matrix check" }),
  "notifications.list": () => undefined,
  "notifications.markRead": () => ({}),
  "notifications.preferences": () => undefined,
  "notifications.updatePreferences": () => ({ ...DEFAULT_EMAIL_PREFERENCES, conversations: "digest", version: 0 }),
};

/** Every procedure path of the real router, walked from its definition (e.g. "institutions.register"). */
function procedurePaths(): string[] {
  const paths: string[] = [];
  const walk = (record: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(record)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === "function" && "_def" in value && (value as { _def: { type?: string } })._def.type) paths.push(path);
      else if (value && typeof value === "object") walk(value as Record<string, unknown>, path);
    }
  };
  walk(appRouter._def.record, "");
  return paths.sort();
}

const PROCEDURES = procedurePaths();

function procedureOf(caller: Caller, path: string): (input: unknown) => Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  if (typeof fn !== "function") throw new Error(`no procedure ${path} on the caller`);
  return fn as (input: unknown) => Promise<unknown>;
}

describe("the authorization matrix", () => {
  it("finds the router's procedures by walking it", () => {
    expect(PROCEDURES.length).toBeGreaterThanOrEqual(20);
    expect(PROCEDURES).toEqual(Object.keys(appRouter._def.procedures).sort());
  });

  it("has an expectation for every procedure of the router, and none for a procedure that does not exist", () => {
    const listed = Object.keys(MATRIX);
    expect({ missing: PROCEDURES.filter((p) => !listed.includes(p)), unknown: listed.filter((p) => !PROCEDURES.includes(p)) }).toEqual({ missing: [], unknown: [] });
  });

  it("has an expectation for every persona of every procedure", () => {
    const gaps = Object.entries(MATRIX).flatMap(([procedure, row]) => PERSONAS.filter((p) => !(p in row)).map((p) => `${procedure}: ${p}`));
    const extra = Object.entries(MATRIX).flatMap(([procedure, row]) => Object.keys(row).filter((p) => !(PERSONAS as readonly string[]).includes(p)).map((p) => `${procedure}: ${p}`));
    expect({ gaps, extra }).toEqual({ gaps: [], extra: [] });
  });

  it("has a valid-input factory for every procedure of the router", () => {
    expect(PROCEDURES.filter((p) => !INPUTS[p])).toEqual([]);
  });

  const cases = PROCEDURES.filter((p) => MATRIX[p] && INPUTS[p]).flatMap((procedure) => PERSONAS.map((persona) => [procedure, persona, MATRIX[procedure]![persona]] as const));

  it.each(cases)("%s called by %s gives %s", async (procedure, persona, expected) => {
    const world = await buildWorld(db);
    const input = await INPUTS[procedure]!(world);
    // The viewer is loaded after the input was built, as a request made now would see it.
    const caller = await callerAs(db, personOf(world, persona));
    expect(await outcomeOf(procedureOf(caller, procedure)(input))).toBe(expected);
  });
});

/** Whether a procedure of the real router is a query or a mutation. */
const kindOf = (path: string) => (appRouter._def.procedures as unknown as Record<string, { _def: { type: "query" | "mutation" } }>)[path]!._def.type;

describe("the authorization matrix, called with personal API tokens", () => {
  const tokenCases = PROCEDURES.filter((p) => MATRIX[p] && INPUTS[p]).flatMap((procedure) =>
    (Object.keys(TOKEN_PERSONAS) as TokenPersona[]).map((persona) => [procedure, persona, tokenExpectation(MATRIX[procedure]!, procedure, kindOf(procedure) === "query" ? "query" : "mutation", persona)] as const),
  );

  it.each(tokenCases)("%s called with %s gives %s", async (procedure, persona, expected) => {
    const world = await buildWorld(db);
    const input = await INPUTS[procedure]!(world);
    const caller = await tokenCaller(db, world, persona);
    expect(await outcomeOf(procedureOf(caller, procedure)(input))).toBe(expected);
  });
});
