import { describe, expect, it } from "vitest";
import { ASSIGNMENT_STATUSES } from "../../db/schema/reviews";
import { USER_STATUSES } from "../../db/schema/users";
import { DomainError } from "../../server/errors";
import { assignmentMachine } from "../../server/reviews/transitions";
import { userMachine } from "../../server/users/transitions";
import { eventsFrom, nextState } from "../../server/workflow/state-machine";

describe("the account machine", () => {
  it("suspends an active account (with a reason) and reinstates a suspended one, admins only", () => {
    expect([...userMachine.states]).toEqual([...USER_STATUSES]);
    expect(nextState(userMachine, "active", "suspend")).toBe("suspended");
    expect(nextState(userMachine, "suspended", "reinstate")).toBe("active");
    expect(userMachine.transitions.suspend).toMatchObject({ permission: "user.suspend", needsReason: true });
    expect(userMachine.transitions.reinstate).toMatchObject({ permission: "user.reinstate" });
  });

  it("refuses suspending twice or reinstating an active account", () => {
    expect(() => nextState(userMachine, "suspended", "suspend")).toThrow(DomainError);
    expect(() => nextState(userMachine, "active", "reinstate")).toThrow(DomainError);
  });
});

describe("a panel seat", () => {
  it("ends, from active only, when the reviewer role is revoked or the account suspended", () => {
    expect([...assignmentMachine.states]).toEqual([...ASSIGNMENT_STATUSES]);
    expect(nextState(assignmentMachine, "active", "endWithRole")).toBe("ended");
    expect(nextState(assignmentMachine, "active", "endWithSuspension")).toBe("ended");
    expect(assignmentMachine.transitions.endWithRole.permission).toBe("user.revokeRole");
    expect(assignmentMachine.transitions.endWithSuspension.permission).toBe("user.suspend");
    expect(eventsFrom(assignmentMachine, "ended")).toEqual([]);
    expect(eventsFrom(assignmentMachine, "recused")).toEqual([]);
  });
});
