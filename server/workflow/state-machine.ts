// The mechanism every workflow uses for its single transition table: which event moves
// which state to which, and which permission (server/authz/permissions.ts) may cause it.
import type { Action } from "../authz/permissions";
import { DomainError } from "../errors";

export type TransitionRule<S extends string> = {
  readonly from: readonly S[];
  /** The state the event leads to; omitted when the object keeps its state (e.g. editing a draft). */
  readonly to?: S;
  /** The permission an actor needs to cause this event. */
  readonly permission: Action;
  /** Whether the actor must give a reason (recorded in the audit entry). */
  readonly needsReason?: boolean;
};

export type Machine<S extends string, E extends string, C extends string = string, G extends string = string> = {
  readonly name: string;
  readonly states: readonly S[];
  /** How an object comes into being, and in which state (e.g. register → pending). */
  readonly create: { readonly [K in C]: { readonly to: S; readonly permission: Action } };
  readonly transitions: { readonly [K in E]: TransitionRule<S> };
  /** Named sets of states that other code asks about (e.g. which programmes the public sees). */
  readonly groups: { readonly [K in G]: readonly S[] };
};

export function defineMachine<const S extends string, const E extends string, const C extends string, const G extends string = never>(
  definition: Omit<Machine<S, E, C, G>, "groups"> & { readonly groups?: Machine<S, E, C, G>["groups"] },
): Machine<S, E, C, G> {
  const machine: Machine<S, E, C, G> = { ...definition, groups: definition.groups ?? ({} as Machine<S, E, C, G>["groups"]) };
  const known = (s: S, where: string) => {
    if (!machine.states.includes(s)) throw new Error(`${machine.name}.${where}: unknown state ${s}`);
  };
  for (const [event, rule] of Object.entries<TransitionRule<S>>(machine.transitions)) {
    for (const s of [...rule.from, ...(rule.to ? [rule.to] : [])]) known(s, event);
  }
  for (const [name, states] of Object.entries<readonly S[]>(machine.groups)) {
    for (const s of states) known(s, `groups.${name}`);
  }
  return machine;
}

/** The refusal of an event the machine does not allow from `from`. */
export function invalidTransition(machine: { name: string }, from: string, event: string): DomainError {
  return new DomainError("INVALID_TRANSITION", { machine: machine.name, from, event });
}

/** The state `event` leads to from `current`, or a typed INVALID_TRANSITION error. Pure. */
export function nextState<S extends string, E extends string>(machine: Machine<S, E>, current: S, event: E): S {
  const rule = machine.transitions[event];
  if (!rule.from.includes(current)) throw invalidTransition(machine, current, event);
  return rule.to ?? current;
}

/** Whether `event` may happen from `current` (no error). */
export function allows<S extends string, E extends string>(machine: Machine<S, E>, current: S, event: E): boolean {
  return machine.transitions[event].from.includes(current);
}

/** The events allowed from a state (for showing the right buttons). */
export function eventsFrom<S extends string, E extends string>(machine: Machine<S, E>, current: S): E[] {
  return (Object.keys(machine.transitions) as E[]).filter((e) => allows(machine, current, e));
}

/** Every state reachable from `start` by any sequence of events, `start` included, in the machine's order. */
export function reachableFrom<S extends string, E extends string>(machine: Machine<S, E>, start: S): S[] {
  const seen = new Set<S>([start]);
  const queue: S[] = [start];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    for (const rule of Object.values<TransitionRule<S>>(machine.transitions)) {
      const to = rule.to ?? s;
      if (rule.from.includes(s) && !seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return machine.states.filter((s) => seen.has(s));
}
