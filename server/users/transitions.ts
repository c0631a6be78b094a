import { USER_STATUSES } from "@/db/schema/users";
import { defineMachine } from "../workflow/state-machine";

/**
 * An account: active ⇄ suspended, by an admin. Suspending ends the person's sessions and
 * their seats on undecided review panels and refuses their sign-in; reinstating gives back
 * sign-in (and the roles they still hold), never the ended seats.
 */
export const userMachine = defineMachine({
  name: "user",
  states: USER_STATUSES,
  create: { signUp: { to: "active", permission: "account.signUp" } },
  transitions: {
    suspend: { from: ["active"], to: "suspended", permission: "user.suspend", needsReason: true },
    reinstate: { from: ["suspended"], to: "active", permission: "user.reinstate" },
  },
});

export type UserEvent = keyof typeof userMachine.transitions;
