// The mechanism every workflow uses for its single transition table: which event moves
// which state to which, and which permission (server/authz/permissions.ts) may cause it.
import type { Action } from "../authz/permissions";
import { DomainError } from "../errors";

export type TransitionRule<S extends string> = {
  readonly from: readonly S[];
  readonly to: S;
  /** The permission an actor needs to cause this event. */
  readonly permission: Action;
  /** Whether the actor must give a reason (recorded in the audit entry). */
  readonly needsReason?: boolean;
};

export type Machine<S extends string, E extends string, C extends string = string> = {
  readonly name: string;
  readonly states: readonly S[];
  /** How an object comes into being, and in which state (e.g. register → pending). */
  readonly create: { readonly [K in C]: { readonly to: S; readonly permission: Action } };
  readonly transitions: { readonly [K in E]: TransitionRule<S> };
};

export function defineMachine<const S extends string, const E extends string, const C extends string>(
  machine: Machine<S, E, C>,
): Machine<S, E, C> {
  for (const [event, rule] of Object.entries<TransitionRule<S>>(machine.transitions)) {
    for (const s of [...rule.from, rule.to]) {
      if (!machine.states.includes(s)) throw new Error(`${machine.name}.${event}: unknown state ${s}`);
    }
  }
  return machine;
}

/** The state `event` leads to from `current`, or a typed INVALID_TRANSITION error. Pure. */
export function nextState<S extends string, E extends string>(machine: Machine<S, E>, current: S, event: E): S {
  const rule = machine.transitions[event];
  if (!rule.from.includes(current)) {
    throw new DomainError("INVALID_TRANSITION", { machine: machine.name, from: current, event });
  }
  return rule.to;
}

/** The events allowed from a state (for showing the right buttons). */
export function eventsFrom<S extends string, E extends string>(machine: Machine<S, E>, current: S): E[] {
  return (Object.keys(machine.transitions) as E[]).filter((e) => machine.transitions[e].from.includes(current));
}
