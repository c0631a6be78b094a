import { describe, expect, it } from "vitest";
import { PARTICIPATION_STATUSES } from "../../db/schema/participation";
import { PERMISSIONS } from "../../server/authz/permissions";
import type { OutcomeMetric } from "../../db/schema/programmes";
import { buildOutcomeReport } from "../../server/programmes/complete-programme";
import { participationMachine } from "../../server/participation/transitions";
import { eventsFrom, nextState } from "../../server/workflow/state-machine";
import { domainErrorThrownBy } from "./support/thrown";

// The participation workflow of PRODUCT.md, written out by hand: for each status, where each
// allowed event leads; every event not listed is refused.
const EVENTS = ["accept", "decline", "withdraw", "leave"] as const;
type Event = (typeof EVENTS)[number];
const ALLOWED: Record<string, Partial<Record<Event, string>>> = {
  pending: { accept: "accepted", decline: "declined", withdraw: "withdrawn" },
  accepted: { leave: "left" },
  declined: {},
  withdrawn: {},
  left: {},
};
const PAIRS = PARTICIPATION_STATUSES.flatMap((from) => EVENTS.map((event) => ({ from, event, to: ALLOWED[from]![event] ?? null })));

describe("the participation state machine", () => {
  it("has exactly the statuses of the database enum and the events of the table", () => {
    expect([...participationMachine.states]).toEqual([...PARTICIPATION_STATUSES]);
    expect(Object.keys(participationMachine.transitions).sort()).toEqual([...EVENTS].sort());
    expect(Object.keys(ALLOWED)).toEqual([...PARTICIPATION_STATUSES]);
  });

  it("creates an application as pending, by a member of the applicant (participation.apply)", () => {
    expect(participationMachine.create).toEqual({ apply: { to: "pending", permission: "participation.apply" } });
  });

  it("allows exactly the four transitions of the expected table", () => {
    const actual = PAIRS.map(({ from, event }) => ({ from, event, to: participationMachine.transitions[event].from.includes(from) ? participationMachine.transitions[event].to : null }));
    expect(actual).toEqual(PAIRS);
    expect(PAIRS.filter((p) => p.to)).toHaveLength(4);
  });

  it.each(PAIRS.filter((p) => p.to).map((p) => [p.event, p.from, p.to!] as const))("lets %s move a %s application to %s", (event, from, to) => {
    expect(nextState(participationMachine, from, event)).toBe(to);
  });

  it.each(PAIRS.filter((p) => !p.to).map((p) => [p.event, p.from] as const))("refuses %s from %s with INVALID_TRANSITION", (event, from) => {
    const error = domainErrorThrownBy(() => nextState(participationMachine, from, event));
    expect(error.details).toEqual({ machine: "participation", from, event });
  });

  it("offers from each state exactly the events the table allows", () => {
    for (const from of PARTICIPATION_STATUSES) {
      expect({ from, events: eventsFrom(participationMachine, from) }).toEqual({ from, events: EVENTS.filter((e) => ALLOWED[from]![e]) });
    }
  });

  it("requires the participation.* permissions, all for verified institutions only", () => {
    expect(Object.fromEntries(Object.entries(participationMachine.transitions).map(([e, r]) => [e, r.permission]))).toEqual({
      accept: "participation.decide",
      decline: "participation.decide",
      withdraw: "participation.withdraw",
      leave: "participation.leave",
    });
    for (const action of ["participation.apply", "participation.decide", "participation.withdraw", "participation.leave"] as const) {
      expect(PERMISSIONS[action]).toMatchObject({ who: ["member"], kind: "write" });
    }
  });
});

describe("the outcome report", () => {
  const expected = [
    { metric: "people_trained" as const, target: 200, description: "Data scientists trained" },
    { metric: "institutions_reached" as const, target: 5, description: "Partner labs" },
  ];

  it("pairs every expected outcome with what was achieved, in the programme's order and with its own description", () => {
    const report = buildOutcomeReport(expected, {
      results: [
        { metric: "institutions_reached", target: 5, achieved: 7, description: "ignored" },
        { metric: "people_trained", target: 200, achieved: 180, description: "" },
      ],
      narrative: "  Most cohorts finished.  ",
    });
    expect(report).toEqual({
      results: [
        { metric: "people_trained", target: 200, description: "Data scientists trained", achieved: 180 },
        { metric: "institutions_reached", target: 5, description: "Partner labs", achieved: 7 },
      ],
      narrative: "Most cohorts finished.",
    });
  });

  it("refuses a report missing an outcome, naming one twice, adding one, or changing a target", () => {
    const r = (metric: OutcomeMetric, target: number) => ({ metric, target, achieved: 1, description: "" });
    const narrative = "A narrative of the programme.";
    expect(buildOutcomeReport(expected, { results: [r("people_trained", 200)], narrative })).toBeNull();
    expect(buildOutcomeReport(expected, { results: [r("people_trained", 200), r("people_trained", 200)], narrative })).toBeNull();
    expect(buildOutcomeReport(expected, { results: [r("people_trained", 200), r("institutions_reached", 5), r("other", 1)], narrative })).toBeNull();
    expect(buildOutcomeReport(expected, { results: [r("people_trained", 150), r("institutions_reached", 5)], narrative })).toBeNull();
  });
});
