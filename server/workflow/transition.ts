// THE transition kernel. A workflow step is a declaration — which machine and event, how to
// load the object, whose permission, its own rule, what it changes, what it records and whom it
// tells — and this file runs every one of them the same way, in one fixed order:
//
//   1. load      one wave of reads; nothing found → NOT_FOUND
//   2. authorize who may know the object exists (`visibleTo`, optional: strangers get NOT_FOUND
//                first), then the event's permission on the object's subject (narrows the viewer);
//                no relation → NOT_FOUND, no right → FORBIDDEN, institution not verified → INSTITUTION_NOT_ACTIVE
//   3. fresh     the version the actor saw is still current → else CONFLICT
//   4. machine   the event is allowed from the current state → else INVALID_TRANSITION
//   5. rules     the step's own rule (a reason given, an agreement in force, a place left…)
//   6. write     guarded update (status + version) + the step's statements + ONE typed audit
//                event + its notices, in one atomic write (server/workflow/commit.ts)
import type { Database } from "@/db/client";
import { newId } from "@/db/ids";
import type { AuditEvent } from "../audit/events";
import { assertCan, type Action, type Subject } from "../authz/permissions";
import type { SignedInViewer, Viewer } from "../authz/viewer";
import { requestFacts, type UseCaseContext } from "../context";
import { conflict, invalidFields, notFound, type DomainError } from "../errors";
import type { DirectEmail, Notice } from "../notifications/notices";
import type { WebhookNotice } from "../webhooks/webhook-steps";
import { commit, type ChangeStep, type Write } from "./commit";
import { guardedPartUpdate, guardedUpdate, type VersionedTable } from "./guarded-update";
import { allows, invalidTransition, nextState, type Machine } from "./state-machine";

/** A read permission checked before the step's own: who may know the object exists at all. */
export type Visibility<L> = { action: Action; subject: (loaded: L) => Subject };

/** The part of an audit event a step declares; the kernel adds the actor, the object and the request. */
export type EventBody = AuditEvent extends infer E ? (E extends AuditEvent ? Omit<E, "actorUserId" | "objectId" | "objectType"> : never) : never;

/** Everything a step's functions may look at once the object is loaded and the event allowed. */
export type Facts<I, L, S extends string, E extends string> = {
  ctx: UseCaseContext;
  db: Database;
  viewer: SignedInViewer;
  input: I;
  loaded: L;
  /** The object moving: its id, state and version as read. */
  target: { id: string; status: S; version: number };
  event: E;
  from: S;
  to: S;
  now: Date;
  /** False when the step found nothing to change and wrote nothing (see `unchanged`). */
  written: boolean;
};

/** What a step writes besides the guarded status change. */
export type StepChange = {
  /** Columns the guarded update sets besides status and version. */
  set?: Record<string, unknown>;
  /** Statements that must run before the guarded update (e.g. taking a place locks the programme first). */
  before?: readonly ChangeStep[];
  /** Statements after it (e.g. a new revision row). */
  after?: readonly ChangeStep[];
  /** Refusal when the guarded update itself finds the row changed (default CONFLICT). */
  refusal?: ChangeStep["refusal"];
};

export type TransitionStep<I extends { version?: number }, L, S extends string, E extends string, R> = {
  machine: Machine<S, E>;
  /** The event: fixed, or chosen by the input or the object's state (e.g. accept | decline, submit | resubmit). */
  event: E | ((input: I, loaded: L) => E);
  /** The table whose row moves; it has status and version columns. */
  table: VersionedTable;
  /** What the object is called in NOT_FOUND and CONFLICT errors. */
  object: string;
  /** One wave of reads (Promise.all inside); undefined when the object does not exist (or is not the viewer's, e.g. their seat). */
  load: (db: Database, input: I, viewer: Viewer) => Promise<L | undefined>;
  target: (loaded: L) => { id: string; status: S; version: number };
  /**
   * The version the actor saw (default `input.version`). A step whose actor is shown no version
   * (a reviewer leaving their own seat) takes the one it read: the guarded update still refuses
   * a change somebody made in between.
   */
  seen?: (input: I, loaded: L) => number;
  /** Who may know the object exists, checked first (e.g. an agreement's parties and admins). */
  visibleTo?: Visibility<L>;
  /**
   * Optimistic locking on a part of the row instead of the whole row (a proposal's section): the
   * input's `version` is the part's, checked against its own column (`part`, a key of the table)
   * at step 3 and in the guarded update. `stale` is the refusal at step 3 (e.g. a CONFLICT that
   * carries the part's current values); the default is CONFLICT.
   */
  partLock?: { part: (input: I) => string; current: (loaded: L, input: I) => number; stale?: (loaded: L, input: I) => DomainError };
  /** What the event's permission is checked against (see server/authz/permissions.ts); may depend on who acts (for which party). */
  subject: (loaded: L, input: I, viewer: Viewer) => Subject;
  /** The step's own rule, after the machine allowed the event; throws a DomainError to refuse. */
  rules?: (facts: Facts<I, L, S, E>) => void;
  change?: (facts: Facts<I, L, S, E>) => StepChange;
  /** True when the step would change nothing (e.g. setting a flag to the value it has): nothing is written. */
  unchanged?: (facts: Facts<I, L, S, E>) => boolean;
  audit: (facts: Facts<I, L, S, E>) => EventBody;
  /** What the audit event is about when it is not the moving row (a seat's recusal is the programme's event). */
  auditObject?: (facts: Facts<I, L, S, E>) => AuditObject;
  notices?: (facts: Facts<I, L, S, E>) => readonly Notice[];
  /** Webhook events the step causes (server/webhooks/webhook-steps.ts). */
  webhooks?: (facts: Facts<I, L, S, E>) => readonly WebhookNotice[];
  /** What the write adds to the public transparency log (leaves, the audit head) and statements after the audit chain. */
  log?: (facts: Facts<I, L, S, E>) => Pick<Write, "leaves" | "anchorAuditHead" | "afterChain">;
  /** The step's own name for INVALID_TRANSITION from some states (e.g. a published report: REPORT_PUBLISHED). */
  refused?: (loaded: L, from: S) => DomainError | undefined;
  /** The refusal when a unique key finds the change made already (e.g. a second decision). */
  onDuplicate?: (facts: Facts<I, L, S, E>) => DomainError;
  result: (facts: Facts<I, L, S, E>) => R;
};

/** The object an audit event names. */
export type AuditObject = { objectType: string; objectId: string };

/** Turns a declaration into its use case: `(ctx, input) => result`. */
export function transition<I extends { version?: number }, L, S extends string, E extends string, R>(step: TransitionStep<I, L, S, E, R>) {
  return async function run(ctx: UseCaseContext, input: I): Promise<R> {
    const { db, viewer } = ctx;
    const loaded = await step.load(db, input, viewer);
    if (loaded === undefined) throw notFound(step.object);
    const event = typeof step.event === "function" ? step.event(input, loaded) : step.event;
    if (step.visibleTo) assertCan(viewer, step.visibleTo.action, step.visibleTo.subject(loaded));
    assertCan(viewer, step.machine.transitions[event].permission, step.subject(loaded, input, viewer));
    const target = step.target(loaded);
    const lock = step.partLock;
    const seen = step.seen ? step.seen(input, loaded) : input.version;
    if (lock ? lock.current(loaded, input) !== input.version : target.version !== seen) throw lock?.stale?.(loaded, input) ?? conflict(step.object);
    if (!allows(step.machine, target.status, event)) throw step.refused?.(loaded, target.status) ?? invalidTransition(step.machine, target.status, event);
    const to = nextState(step.machine, target.status, event);
    const facts: Facts<I, L, S, E> = { ctx, db, viewer, input, loaded, target, event, from: target.status, to, now: new Date(), written: true };
    if (step.machine.transitions[event].needsReason) requireReason(input);
    step.rules?.(facts);
    if (step.unchanged?.(facts)) return step.result({ ...facts, written: false });

    const change = step.change?.(facts) ?? {};
    const set = { ...change.set, status: to } as never;
    const guarded = lock
      ? guardedPartUpdate(db, step.table, target.id, { status: target.status, part: lock.part(input), version: lock.current(loaded, input) }, set)
      : guardedUpdate(db, step.table, target.id, target, set);
    await commit(db, {
      changes: [...(change.before ?? []), { ...guarded, refusal: change.refusal }, ...(change.after ?? [])],
      event: { ...step.audit(facts), actorUserId: viewer.userId, ...(step.auditObject?.(facts) ?? { objectId: target.id, objectType: step.object }) } as AuditEvent,
      notices: step.notices?.(facts),
      webhooks: step.webhooks?.(facts),
      ...step.log?.(facts),
      request: requestFacts(ctx.meta),
      onDuplicate: step.onDuplicate && (() => step.onDuplicate!(facts)),
    });
    return step.result(facts);
  };
}

/** An event that needs a reason refuses a missing or blank one, field by field. */
function requireReason(input: unknown): void {
  const reason = (input as { reason?: unknown }).reason;
  if (typeof reason !== "string" || !reason.trim()) throw invalidFields({ reason: ["validation.reasonRequired"] });
}

/** Facts of a creation: there is no object yet, only the id it will have. */
export type CreationFacts<I, L, S extends string> = {
  ctx: UseCaseContext;
  db: Database;
  viewer: SignedInViewer;
  input: I;
  loaded: L;
  id: string;
  to: S;
  now: Date;
};

export type CreationStep<I, L, S extends string, C extends string, R> = {
  machine: Machine<S, string, C>;
  create: C;
  object: string;
  /** One wave of reads the rules need (optional). */
  load?: (db: Database, input: I, viewer: SignedInViewer | null) => Promise<L>;
  /** Who may know what the creation is about (e.g. the agreement being amended), checked first. */
  visibleTo?: Visibility<L>;
  subject: (loaded: L, input: I) => Subject;
  rules?: (facts: CreationFacts<I, L, S>) => void;
  /** The INSERT of the new object (with `facts.id`) and anything created with it. */
  change: (facts: CreationFacts<I, L, S>) => readonly ChangeStep[];
  audit: (facts: CreationFacts<I, L, S>) => EventBody;
  notices?: (facts: CreationFacts<I, L, S>) => readonly Notice[];
  emails?: (facts: CreationFacts<I, L, S>) => readonly DirectEmail[];
  /** The refusal when a unique key says the object exists already (e.g. two applications at once). */
  onDuplicate?: (facts: CreationFacts<I, L, S>) => DomainError;
  result: (facts: CreationFacts<I, L, S>) => R;
};

/** Who acts: nobody for a visitor let through by a permission of `anyone`. */
const actorOf = (viewer: Viewer) => viewer?.userId ?? null;

/** A creation event (e.g. register → pending, apply → pending), run in the same order: load, authorize, rules, write. */
export function creation<I, L, S extends string, C extends string, R>(step: CreationStep<I, L, S, C, R>) {
  return async function run(ctx: UseCaseContext, input: I): Promise<R> {
    const { db, viewer } = ctx;
    const loaded = step.load ? await step.load(db, input, viewer) : (undefined as L);
    const rule = step.machine.create[step.create];
    if (step.visibleTo) assertCan(viewer, step.visibleTo.action, step.visibleTo.subject(loaded));
    assertCan(viewer, rule.permission, step.subject(loaded, input));
    const facts: CreationFacts<I, L, S> = { ctx, db, viewer, input, loaded, id: newId(), to: rule.to, now: new Date() };
    step.rules?.(facts);
    await commit(db, {
      changes: step.change(facts),
      // A permission of `anyone` (signing up) lets a visitor through assertCan: no actor then.
      event: { ...step.audit(facts), actorUserId: actorOf(ctx.viewer), objectId: facts.id, objectType: step.object } as AuditEvent,
      notices: step.notices?.(facts),
      emails: step.emails?.(facts),
      request: requestFacts(ctx.meta),
      onDuplicate: step.onDuplicate && (() => step.onDuplicate!(facts)),
    });
    return step.result(facts);
  };
}

/** Facts of a change that is not a state of a versioned row: who acts, on what they asked, what was read. */
export type ActionFacts<I, L> = {
  ctx: UseCaseContext;
  db: Database;
  viewer: SignedInViewer;
  input: I;
  loaded: L;
  /** A fresh id, for a row the change adds (a review). */
  id: string;
  now: Date;
};

/**
 * A change that is not a state of a versioned row (a platform role, the rubric, a review): no
 * machine, so no version and no event. Its statements carry their own guards (a row that must be
 * there, a unique key).
 */
export type ActionStep<I, L, R> = {
  /** The permission the actor needs (may depend on the input, e.g. grant or revoke). */
  permission: Action | ((input: I) => Action);
  /** What the object is called in NOT_FOUND and CONFLICT errors. */
  object: string;
  /** One wave of reads; undefined when what the step is about does not exist (NOT_FOUND). */
  load?: (db: Database, input: I, viewer: Viewer) => Promise<L | undefined>;
  /** What the permission is checked against (default: nothing, a platform permission). */
  subject?: (loaded: L, input: I) => Subject;
  rules?: (facts: ActionFacts<I, L>) => void;
  change: (facts: ActionFacts<I, L>) => readonly ChangeStep[];
  audit: (facts: ActionFacts<I, L>) => EventBody;
  /** The id of the object the audit event names. */
  objectId: (facts: ActionFacts<I, L>) => string;
  notices?: (facts: ActionFacts<I, L>) => readonly Notice[];
  emails?: (facts: ActionFacts<I, L>) => readonly DirectEmail[];
  /** The refusal when a unique key finds the change made already (e.g. a second review). */
  onDuplicate?: (facts: ActionFacts<I, L>) => DomainError;
  result: (facts: ActionFacts<I, L>) => R;
};

/** A change without a machine, run in the same order: load, authorize, rules, write. */
export function action<I, L, R>(step: ActionStep<I, L, R>) {
  return async function run(ctx: UseCaseContext, input: I): Promise<R> {
    const { db, viewer } = ctx;
    const loaded = step.load ? await step.load(db, input, viewer) : (undefined as L);
    if (step.load && loaded === undefined) throw notFound(step.object);
    const permission = typeof step.permission === "function" ? step.permission(input) : step.permission;
    assertCan(viewer, permission, step.subject?.(loaded as L, input));
    const facts: ActionFacts<I, L> = { ctx, db, viewer, input, loaded: loaded as L, id: newId(), now: new Date() };
    step.rules?.(facts);
    await commit(db, {
      changes: step.change(facts),
      event: { ...step.audit(facts), actorUserId: viewer.userId, objectId: step.objectId(facts), objectType: step.object } as AuditEvent,
      notices: step.notices?.(facts),
      emails: step.emails?.(facts),
      request: requestFacts(ctx.meta),
      onDuplicate: step.onDuplicate && (() => step.onDuplicate!(facts)),
    });
    return step.result(facts);
  };
}
