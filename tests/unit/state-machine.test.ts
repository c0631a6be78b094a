import { describe, expect, it } from "vitest";
import { INSTITUTION_STATUSES, MEMBERSHIP_STATUSES } from "../../db/schema/institutions";
import { DomainError } from "../../server/errors";
import { institutionMachine } from "../../server/institutions/transitions";
import { membershipMachine } from "../../server/memberships/transitions";
import { defineMachine, eventsFrom, nextState, reachableFrom, type Machine } from "../../server/workflow/state-machine";
import { domainErrorThrownBy } from "./support/thrown";

// The lifecycles of PRODUCT.md, written out by hand: `to` for an allowed (state, event), null otherwise.
// Any change to a machine must change these tables too.
const INSTITUTION_TABLE = {
  pending: { verify: "verified", reject: "rejected", suspend: null, reinstate: null, edit: "pending" },
  verified: { verify: null, reject: null, suspend: "suspended", reinstate: null, edit: "verified" },
  rejected: { verify: null, reject: null, suspend: null, reinstate: null, edit: "rejected" },
  suspended: { verify: null, reject: null, suspend: null, reinstate: "verified", edit: "suspended" },
} as const;

const MEMBERSHIP_TABLE = {
  requested: { accept: "active", decline: "declined", acceptInvitation: null, declineInvitation: null, remove: null, setRole: null, setSignatory: null },
  invited: { accept: null, decline: null, acceptInvitation: "active", declineInvitation: "declined", remove: null, setRole: null, setSignatory: null },
  active: { accept: null, decline: null, acceptInvitation: null, declineInvitation: null, remove: "removed", setRole: "active", setSignatory: "active" },
  declined: { accept: null, decline: null, acceptInvitation: null, declineInvitation: null, remove: null, setRole: null, setSignatory: null },
  removed: { accept: null, decline: null, acceptInvitation: null, declineInvitation: null, remove: null, setRole: null, setSignatory: null },
} as const;

type Table = Record<string, Record<string, string | null>>;

/** The (state × event) table a machine actually implements, built from its own transitions. */
function tableOf(machine: Machine<string, string>): Table {
  const events = Object.keys(machine.transitions);
  return Object.fromEntries(
    machine.states.map((s) => [s, Object.fromEntries(events.map((e) => [e, machine.transitions[e]!.from.includes(s) ? (machine.transitions[e]!.to ?? s) : null]))]),
  );
}

function pairsOf(machine: Machine<string, string>) {
  return machine.states.flatMap((from) => Object.keys(machine.transitions).map((event) => ({ from, event })));
}

const MACHINES = [
  {
    machine: institutionMachine as unknown as Machine<string, string>,
    table: INSTITUTION_TABLE as Table,
    states: INSTITUTION_STATUSES,
    permissions: { verify: "institution.verify", reject: "institution.reject", suspend: "institution.suspend", reinstate: "institution.reinstate", edit: "institution.update" },
    needsReason: ["reject", "suspend"],
    create: { register: "pending" },
  },
  {
    machine: membershipMachine as unknown as Machine<string, string>,
    table: MEMBERSHIP_TABLE as Table,
    states: MEMBERSHIP_STATUSES,
    permissions: {
      accept: "membership.decide",
      decline: "membership.decide",
      acceptInvitation: "membership.respond",
      declineInvitation: "membership.respond",
      remove: "membership.remove",
      setRole: "membership.promote",
      setSignatory: "membership.setSignatory",
    },
    needsReason: [],
    create: { request: "requested", invite: "invited", found: "active" },
  },
];

describe.each(MACHINES.map((m) => [m.machine.name, m] as const))("the %s machine", (_name, { machine, table, states, permissions, needsReason, create }) => {
  it("has exactly the states of the database enum", () => {
    expect([...machine.states]).toEqual([...states]);
  });

  it("implements exactly the expected transition table", () => {
    expect(tableOf(machine)).toEqual(table);
  });

  it("requires the expected permission for each event", () => {
    const actual = Object.fromEntries(Object.entries(machine.transitions).map(([e, rule]) => [e, rule.permission]));
    expect(actual).toEqual(permissions);
  });

  it("asks for a reason exactly on the expected events", () => {
    const actual = Object.entries(machine.transitions).filter(([, rule]) => rule.needsReason).map(([e]) => e);
    expect(actual.sort()).toEqual([...needsReason].sort());
  });

  it("creates objects in the expected states", () => {
    expect(Object.fromEntries(Object.entries(machine.create).map(([c, rule]) => [c, rule.to]))).toEqual(create);
  });

  const pairs = pairsOf(machine);
  const allowed = pairs.filter(({ from, event }) => table[from]?.[event]);
  const refused = pairs.filter(({ from, event }) => !table[from]?.[event]);

  // Computed from the machine alone (not from the table above): a state nothing leads to, or an
  // event whose every `from` state is unreachable, is dead code in the lifecycle. See the
  // "unreachableParts" tests below for a machine where this fails.
  it("has no unreachable state and no event that can never fire", () => {
    expect(unreachableParts(machine)).toEqual({ states: [], events: [] });
  });

  it.each(allowed.map(({ from, event }) => [event, from, table[from]![event]!]))("lets %s move %s to %s", (event, from, to) => {
    expect(nextState(machine, from, event)).toBe(to);
  });

  it.each(refused.map(({ from, event }) => [event, from]))("refuses %s from %s with INVALID_TRANSITION", (event, from) => {
    const caught = domainErrorThrownBy(() => nextState(machine, from, event));
    expect(caught).toMatchObject({ code: "INVALID_TRANSITION", details: { machine: machine.name, from, event } });
  });

  it.each([...states])("offers from %s exactly the events the table allows", (state) => {
    const expected = Object.entries(table[state]!).filter(([, to]) => to !== null).map(([e]) => e);
    expect(eventsFrom(machine, state).sort()).toEqual(expected.sort());
  });
});

/** The states no creation reaches, and the events none of whose `from` states is reachable. */
function unreachableParts(machine: Machine<string, string>) {
  const reachable = new Set(Object.values<{ to: string }>(machine.create).flatMap((rule) => reachableFrom(machine, rule.to)));
  return {
    states: machine.states.filter((s) => !reachable.has(s)),
    events: Object.entries(machine.transitions)
      .filter(([, rule]) => !rule.from.some((s) => reachable.has(s)))
      .map(([event]) => event),
  };
}

describe("unreachableParts", () => {
  const machine = (transitions: Machine<string, string>["transitions"]): Machine<string, string> => ({
    name: "door",
    states: ["open", "closed", "locked"],
    create: { build: { to: "open", permission: "account.read" } },
    transitions,
    groups: {},
  });

  it("finds a state no event leads to, and the event that could only fire from it", () => {
    const door = machine({ close: { from: ["open"], to: "closed", permission: "account.read" }, unlock: { from: ["locked"], to: "closed", permission: "account.read" } });
    expect(unreachableParts(door)).toEqual({ states: ["locked"], events: ["unlock"] });
  });

  it("finds nothing when every state is reached", () => {
    const door = machine({ close: { from: ["open"], to: "closed", permission: "account.read" }, lock: { from: ["closed"], to: "locked", permission: "account.read" } });
    expect(unreachableParts(door)).toEqual({ states: [], events: [] });
  });
});

describe("defineMachine", () => {
  const door = (transitions: Machine<string, string, never>["transitions"]): Machine<string, string, never> => ({
    name: "door",
    states: ["open", "closed"],
    create: {},
    transitions,
    groups: {},
  });

  it("returns a machine whose transitions only use its own states", () => {
    const machine = door({ close: { from: ["open"], to: "closed", permission: "account.read" } });
    expect(defineMachine(machine)).toEqual(machine);
  });

  it("rejects a transition to an unknown state, naming the machine, the event and the state", () => {
    expect(() => defineMachine(door({ lock: { from: ["closed"], to: "locked", permission: "account.read" } }))).toThrow(
      "door.lock: unknown state locked",
    );
  });

  it("rejects a transition from an unknown state", () => {
    expect(() => defineMachine(door({ open: { from: ["ajar", "closed"], to: "open", permission: "account.read" } }))).toThrow(
      "door.open: unknown state ajar",
    );
  });

  it("rejects a group naming an unknown state", () => {
    expect(() => defineMachine({ ...door({}), groups: { public: ["open", "gone"] } })).toThrow("door.groups.public: unknown state gone");
  });

  it("keeps the state for an event without a target (an edit), and refuses it elsewhere", () => {
    const machine: Machine<string, string> = defineMachine(door({ paint: { from: ["closed"], permission: "account.read" } }));
    expect(nextState(machine, "closed", "paint")).toBe("closed");
    expect(() => nextState(machine, "open", "paint")).toThrow(DomainError);
  });

  it("finds the states reachable from one state, in the machine's order", () => {
    const machine = defineMachine({
      ...door({ close: { from: ["open"], to: "closed", permission: "account.read" }, lock: { from: ["closed"], to: "locked", permission: "account.read" } }),
      states: ["open", "closed", "locked", "gone"],
    });
    expect(reachableFrom(machine, "open")).toEqual(["open", "closed", "locked"]);
    expect(reachableFrom(machine, "locked")).toEqual(["locked"]);
  });
});
