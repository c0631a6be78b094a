import { describe, expect, it } from "vitest";
import { PROGRAMME_STATUSES } from "../../db/schema/programmes";
import { ASSIGNMENT_STATUSES } from "../../db/schema/reviews";
import { DomainError } from "../../server/errors";
import { EDITABLE_STATUSES, programmeMachine } from "../../server/programmes/transitions";
import { assignmentMachine } from "../../server/reviews/transitions";
import { eventsFrom, nextState } from "../../server/workflow/state-machine";
import { PROGRAMME_EVENTS, PROGRAMME_LIFECYCLE, type LifecycleEvent } from "../programme-lifecycle";
import { domainErrorThrownBy } from "./support/thrown";

// The hand-written lifecycle of PRODUCT.md (tests/programme-lifecycle.ts).
const EVENTS = PROGRAMME_EVENTS;
type Event = LifecycleEvent;
const ALLOWED: Record<string, Partial<Record<Event, string>>> = PROGRAMME_LIFECYCLE;

const PERMISSION_OF = {
  submit: "programme.submit",
  startReview: "programme.assignPanel",
  assignPanel: "programme.assignPanel",
  requestChanges: "programme.decide",
  resubmit: "programme.submit",
  approve: "programme.decide",
  reject: "programme.decide",
  withdraw: "programme.withdraw",
  publish: "programme.publish",
  start: "programme.start",
  complete: "programme.complete",
  cancel: "programme.cancel",
  edit: "programme.edit",
  setFlagship: "programme.designateFlagship",
  coauthor: "programme.coauthor",
  inviteCoLead: "programme.manageCoLeads",
  removeCoLead: "programme.manageCoLeads",
  leaveCoLead: "programme.leaveCoLead",
};

const PAIRS = PROGRAMME_STATUSES.flatMap((from) => EVENTS.map((event) => ({ from, event, to: ALLOWED[from]![event] ?? null })));

describe("the programme state machine", () => {
  it("has exactly the statuses of the database enum and the events of the table", () => {
    expect([...programmeMachine.states]).toEqual([...PROGRAMME_STATUSES]);
    expect(Object.keys(programmeMachine.transitions).sort()).toEqual([...EVENTS].sort());
    expect(Object.keys(ALLOWED)).toEqual([...PROGRAMME_STATUSES]);
  });

  it("allows exactly the thirty transitions of the expected table", () => {
    const actual = PAIRS.map(({ from, event }) => ({ from, event, to: programmeMachine.transitions[event].from.includes(from) ? nextState(programmeMachine, from, event) : null }));
    expect(actual).toEqual(PAIRS);
    expect(PAIRS.filter((p) => p.to)).toHaveLength(30);
  });

  it.each(PAIRS.filter((p) => p.to).map((p) => [p.event, p.from, p.to!] as const))("lets %s move a %s programme to %s", (event, from, to) => {
    expect(nextState(programmeMachine, from, event)).toBe(to);
  });

  it.each(PAIRS.filter((p) => !p.to).map((p) => [p.event, p.from] as const))("refuses %s from %s with INVALID_TRANSITION naming the machine, state and event", (event, from) => {
    const error = domainErrorThrownBy(() => nextState(programmeMachine, from, event));
    expect(error.code).toBe("INVALID_TRANSITION");
    expect(error.details).toEqual({ machine: "programme", from, event });
  });

  it("offers from each state exactly the events the table allows (the buttons to show)", () => {
    for (const from of PROGRAMME_STATUSES) {
      const expected = EVENTS.filter((event) => ALLOWED[from]![event]);
      expect({ from, events: eventsFrom(programmeMachine, from) }).toEqual({ from, events: expected });
    }
  });

  it("requires the expected permission for each event", () => {
    expect(Object.fromEntries(Object.entries(programmeMachine.transitions).map(([e, rule]) => [e, rule.permission]))).toEqual(PERMISSION_OF);
  });

  it("creates a programme as a draft, by a member (programme.create)", () => {
    expect(programmeMachine.create).toEqual({ draft: { to: "draft", permission: "programme.create" } });
  });

  it("asks for a reason only when cancelling (among the events after approval)", () => {
    expect(["publish", "start", "complete", "cancel"].filter((e) => programmeMachine.transitions[e as Event].needsReason)).toEqual(["cancel"]);
  });

  it("lets the proposer edit only a draft or a proposal sent back for changes", () => {
    expect([...EDITABLE_STATUSES]).toEqual(["draft", "changes_requested"]);
  });
});

describe("the panel seat state machine", () => {
  it("moves an active seat to recused on recuse, asks for a reason, and refuses recusing twice", () => {
    expect([...assignmentMachine.states]).toEqual([...ASSIGNMENT_STATUSES]);
    expect(nextState(assignmentMachine, "active", "recuse")).toBe("recused");
    expect(assignmentMachine.transitions.recuse).toMatchObject({ permission: "review.recuse", needsReason: true });
    expect(() => nextState(assignmentMachine, "recused", "recuse")).toThrow(DomainError);
  });
});
