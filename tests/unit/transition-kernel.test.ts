// The kernel, generated from the machines and the permission table: every machine × event ×
// persona runs through `transition()` (and every creation event through `creation()`), and the
// outcome must be the one the fixed order of checks gives — load (NOT_FOUND), authorize
// (UNAUTHENTICATED / NOT_FOUND / INSTITUTION_NOT_ACTIVE / FORBIDDEN), fresh (CONFLICT), machine
// (INVALID_TRANSITION), reason (VALIDATION), the step's rule, write (commit() once, with the
// guarded update to the machine's next state). commit() is replaced by a recorder: what it
// writes is tested against the database elsewhere (tests/integration/*-transitions).
import { drizzle } from "drizzle-orm/mysql2";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { programmes } from "../../db/schema";
import { agreementMachine } from "../../server/agreements/transitions";
import { PERMISSIONS, type Subject } from "../../server/authz/permissions";
import type { Relation } from "../../server/authz/relations";
import type { Viewer, ViewerMembership } from "../../server/authz/viewer";
import type { UseCaseContext } from "../../server/context";
import { DomainError } from "../../server/errors";
import { institutionMachine } from "../../server/institutions/transitions";
import { membershipMachine } from "../../server/memberships/transitions";
import { participationMachine } from "../../server/participation/transitions";
import { programmeMachine } from "../../server/programmes/transitions";
import { reportMachine } from "../../server/reports/transitions";
import { assignmentMachine } from "../../server/reviews/transitions";
import { userMachine } from "../../server/users/transitions";
import { commit } from "../../server/workflow/commit";
import type { Machine } from "../../server/workflow/state-machine";
import { creation, transition, type EventBody } from "../../server/workflow/transition";

// The unit files share one module registry (vitest.config.ts): an earlier file may have loaded the
// kernel with the real commit(), so this file loads its own copy, and leaves none behind for the next.
vi.hoisted(() => vi.resetModules());
afterAll(() => vi.resetModules());
vi.mock("../../server/workflow/commit", () => ({ commit: vi.fn(() => Promise.resolve()) }));
const written = vi.mocked(commit);

const MACHINES = [institutionMachine, membershipMachine, userMachine, programmeMachine, assignmentMachine, participationMachine, agreementMachine, reportMachine] as unknown as Machine<string, string>[];

// ── The world every step is checked against: one object of a lead institution with a partner, a person it concerns and a panel.
const SUBJECT: Subject = {
  institutionId: "lead",
  partnerInstitutionIds: ["partner"],
  userId: "u-self",
  panel: [
    { userId: "u-reviewer", role: "reviewer", status: "active" },
    { userId: "u-chair", role: "chair", status: "active" },
  ],
};

const INSTITUTION_RELATIONS: readonly Relation[] = ["member", "owner", "signatory", "partyMember"];

type Persona = {
  name: string;
  viewer: Viewer;
  /** The relations the persona has to SUBJECT, whatever its institution's status (written by hand). */
  holds: readonly Relation[];
  /** Whether the persona may know the subject's institution exists (else its objects are NOT_FOUND). */
  related: boolean;
  /** The status of the institution its relations go through. */
  institution?: "verified" | "suspended";
};

const membership = (institutionId: string, role: "member" | "owner", status: "verified" | "suspended", isSignatory = false): ViewerMembership => ({
  membershipId: `m-${institutionId}-${role}`,
  institutionId,
  institutionName: institutionId,
  institutionStatus: status,
  role,
  isSignatory,
});
const person = (userId: string, roles: ("admin" | "reviewer")[] = [], memberships: ViewerMembership[] = []): Viewer => ({
  userId,
  email: `${userId}@example.org`,
  name: userId,
  locale: "en",
  sessionVersion: 1,
  roles,
  memberships,
});

const PERSONAS: Persona[] = [
  { name: "visitor", viewer: null, holds: ["anyone"], related: false },
  { name: "stranger", viewer: person("u-stranger"), holds: ["anyone", "user"], related: false },
  { name: "the person concerned", viewer: person("u-self"), holds: ["anyone", "user", "self"], related: true },
  { name: "admin", viewer: person("u-admin", ["admin"]), holds: ["anyone", "user", "admin"], related: true },
  { name: "reviewer without a seat", viewer: person("u-other-reviewer", ["reviewer"]), holds: ["anyone", "user", "reviewer"], related: false },
  { name: "assigned reviewer", viewer: person("u-reviewer", ["reviewer"]), holds: ["anyone", "user", "reviewer", "assignedReviewer"], related: true },
  { name: "chair", viewer: person("u-chair", ["reviewer"]), holds: ["anyone", "user", "reviewer", "chair"], related: true },
  { name: "seat holder who lost the reviewer role", viewer: person("u-reviewer"), holds: ["anyone", "user"], related: true },
  { name: "lead member", viewer: person("u-member", [], [membership("lead", "member", "verified")]), holds: ["anyone", "user", "member", "partyMember"], related: true, institution: "verified" },
  { name: "lead owner", viewer: person("u-owner", [], [membership("lead", "owner", "verified")]), holds: ["anyone", "user", "member", "owner", "partyMember"], related: true, institution: "verified" },
  { name: "lead signatory", viewer: person("u-signatory", [], [membership("lead", "member", "verified", true)]), holds: ["anyone", "user", "member", "signatory", "partyMember"], related: true, institution: "verified" },
  { name: "partner member", viewer: person("u-partner", [], [membership("partner", "member", "verified")]), holds: ["anyone", "user", "partyMember"], related: true, institution: "verified" },
  { name: "owner of a suspended lead", viewer: person("u-suspended", [], [membership("lead", "owner", "suspended")]), holds: ["anyone", "user", "member", "owner", "partyMember"], related: true, institution: "suspended" },
];

/** The authorization outcome the permission table gives a persona (SECURITY.md, "who may do what"). */
function authorization(persona: Persona, action: keyof typeof PERMISSIONS): string {
  const rule = PERMISSIONS[action] as { who: readonly Relation[]; kind: "read" | "write" };
  const counts = (r: Relation) => persona.holds.includes(r) && (!INSTITUTION_RELATIONS.includes(r) || rule.kind === "read" || persona.institution === "verified");
  if (rule.who.some(counts)) return "ok";
  if (persona.viewer === null) return "UNAUTHENTICATED";
  if (!persona.related) return "NOT_FOUND";
  if (persona.institution === "suspended" && rule.who.some((r) => INSTITUTION_RELATIONS.includes(r))) return "INSTITUTION_NOT_ACTIVE";
  return "FORBIDDEN";
}

// ── The declaration under test: the machine's event on one object, with a rule that can refuse.
const db = drizzle.mock() as unknown as UseCaseContext["db"];
const contextOf = (viewer: Viewer): UseCaseContext => ({ db, viewer, meta: { ip: null, userAgent: null, locale: "en" } });
const AUDIT = { action: "programme.edit", onBehalfOfInstitutionId: null, changes: {}, context: {} } as unknown as EventBody;
const RULE_REFUSAL = new DomainError("PROGRAMME_FULL", {});

type Case = { status: string; version: number; reason?: string; ruleRefuses?: boolean; unchanged?: boolean; missing?: boolean };

function stepFor(machine: Machine<string, string>, event: string, c: Case) {
  return transition({
    machine,
    event,
    table: programmes,
    object: machine.name,
    load: (_db, _input: { version: number; reason?: string }) => Promise.resolve(c.missing ? undefined : { id: "object-1", status: c.status, version: 3 }),
    target: (loaded) => loaded,
    subject: () => SUBJECT,
    rules: () => {
      if (c.ruleRefuses) throw RULE_REFUSAL;
    },
    unchanged: () => c.unchanged ?? false,
    audit: () => AUDIT,
    result: ({ to, written: wrote }) => ({ to, written: wrote }),
  });
}

/** Runs a case; the outcome is "ok" or the refusal's code. */
async function outcome(persona: Persona, machine: Machine<string, string>, event: string, c: Case): Promise<string> {
  try {
    const result = await stepFor(machine, event, c)(contextOf(persona.viewer), { version: c.version, reason: c.reason });
    return result.written ? "ok" : "unchanged";
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.code;
  }
}

const EVENTS = MACHINES.flatMap((machine) =>
  Object.entries(machine.transitions).map(([event, rule]) => ({
    machine,
    event,
    rule,
    allowedFrom: rule.from[0]!,
    refusedFrom: machine.states.find((s) => !rule.from.includes(s)),
  })),
);
const ROWS = EVENTS.flatMap((e) => PERSONAS.map((persona) => ({ ...e, persona, label: `${e.machine.name}.${e.event}`, expected: authorization(persona, e.rule.permission) })));

beforeEach(() => written.mockClear());

describe("the kernel, machine × event × persona", () => {
  it("covers every event of the eight machines for every persona, and both outcomes occur for each event", () => {
    expect(EVENTS.length).toBe(MACHINES.reduce((n, m) => n + Object.keys(m.transitions).length, 0));
    expect(ROWS.length).toBe(EVENTS.length * PERSONAS.length);
    for (const e of EVENTS) {
      const verdicts = ROWS.filter((r) => r.machine === e.machine && r.event === e.event).map((r) => r.expected);
      expect({ event: `${e.machine.name}.${e.event}`, someoneMay: verdicts.includes("ok"), someoneMayNot: verdicts.some((v) => v !== "ok") }).toEqual({
        event: `${e.machine.name}.${e.event}`,
        someoneMay: true,
        someoneMayNot: true,
      });
    }
  });

  it.each(ROWS.map((r) => [r.label, r.persona.name, r.expected, r] as const))("%s as %s: %s, in the fixed order of checks", async (_label, _name, expected, r) => {
    const reason = r.rule.needsReason ? "A reason given" : undefined;
    const allowed = { status: r.allowedFrom, version: 3, reason };
    const permitted = expected === "ok";

    // load comes first: a missing object is NOT_FOUND for everybody, visitors included.
    expect(await outcome(r.persona, r.machine, r.event, { ...allowed, missing: true })).toBe("NOT_FOUND");

    // From a state the event leaves: the persona's verdict, and the write is the guarded move to the next state.
    expect(await outcome(r.persona, r.machine, r.event, allowed)).toBe(expected);
    expect(written).toHaveBeenCalledTimes(permitted ? 1 : 0);
    if (permitted) {
      const write = written.mock.calls[0]![1];
      expect(write.changes).toHaveLength(1);
      expect(write.changes[0]).toMatchObject({ expectRows: 1 });
      expect(write.event).toMatchObject({ actorUserId: r.persona.viewer?.userId, objectId: "object-1", objectType: r.machine.name });
      const result = await stepFor(r.machine, r.event, allowed)(contextOf(r.persona.viewer), { version: 3, reason });
      expect(result.to).toBe(r.rule.to ?? r.allowedFrom);
    }
    written.mockClear();

    // authorize before fresh: a stale version is CONFLICT only for somebody who may act.
    expect(await outcome(r.persona, r.machine, r.event, { ...allowed, version: 2 })).toBe(permitted ? "CONFLICT" : expected);
    // fresh before machine: stale AND from the wrong state is still CONFLICT.
    if (r.refusedFrom) {
      expect(await outcome(r.persona, r.machine, r.event, { ...allowed, status: r.refusedFrom, version: 2 })).toBe(permitted ? "CONFLICT" : expected);
      expect(await outcome(r.persona, r.machine, r.event, { ...allowed, status: r.refusedFrom })).toBe(permitted ? "INVALID_TRANSITION" : expected);
      // machine before the step's rule: the rule is not asked about an event the state does not allow.
      expect(await outcome(r.persona, r.machine, r.event, { ...allowed, status: r.refusedFrom, ruleRefuses: true })).toBe(permitted ? "INVALID_TRANSITION" : expected);
    }
    // reason before the rule: an event that needs a reason refuses a blank one.
    if (r.rule.needsReason) expect(await outcome(r.persona, r.machine, r.event, { ...allowed, reason: "  ", ruleRefuses: true })).toBe(permitted ? "VALIDATION" : expected);
    // the step's own rule, then unchanged (nothing written).
    expect(await outcome(r.persona, r.machine, r.event, { ...allowed, ruleRefuses: true })).toBe(permitted ? "PROGRAMME_FULL" : expected);
    expect(await outcome(r.persona, r.machine, r.event, { ...allowed, unchanged: true })).toBe(permitted ? "unchanged" : expected);
    expect(written).not.toHaveBeenCalled();
  });
});

const CREATIONS = MACHINES.flatMap((machine) =>
  Object.entries(machine.create).flatMap(([create, rule]) => PERSONAS.map((persona) => ({ machine, create, rule, persona, expected: authorization(persona, rule.permission) }))),
);

describe("the kernel's creations, machine × creation event × persona", () => {
  it.each(CREATIONS.map((c) => [`${c.machine.name}.${c.create}`, c.persona.name, c.expected, c] as const))("%s as %s: %s", async (_label, _name, expected, c) => {
    const run = (ruleRefuses: boolean) =>
      creation({
        machine: c.machine,
        create: c.create,
        object: c.machine.name,
        subject: () => SUBJECT,
        rules: () => {
          if (ruleRefuses) throw RULE_REFUSAL;
        },
        change: () => [],
        audit: () => AUDIT,
        result: ({ id, to }) => ({ id, to }),
      })(contextOf(c.persona.viewer), {}).then(
        (result) => ({ code: "ok", result }),
        (error: DomainError) => ({ code: error.code, result: undefined }),
      );
    // authorize before the rule: only somebody who may create is told the rule's refusal.
    expect((await run(true)).code).toBe(expected === "ok" ? "PROGRAMME_FULL" : expected);
    expect(written).not.toHaveBeenCalled();
    const created = await run(false);
    expect(created.code).toBe(expected);
    expect(written).toHaveBeenCalledTimes(expected === "ok" ? 1 : 0);
    if (created.result) {
      expect(created.result.to).toBe(c.rule.to);
      expect(written.mock.calls[0]![1].event).toMatchObject({ actorUserId: c.persona.viewer?.userId ?? null, objectId: created.result.id, objectType: c.machine.name });
    }
  });
});
