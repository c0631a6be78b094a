// The agreement machine's one transition table, state × event, written out independently.
import { describe, expect, it } from "vitest";
import { AGREEMENT_STATUSES } from "../../db/schema/agreements";
import { agreementMachine, type AgreementEvent } from "../../server/agreements/transitions";
import { eventsFrom, nextState } from "../../server/workflow/state-machine";
import { domainErrorThrownBy } from "./support/thrown";

const ALLOWED: Record<string, Partial<Record<AgreementEvent, string>>> = {
  draft: { edit: "draft", send: "pending_signatures" },
  pending_signatures: { edit: "draft", sign: "pending_signatures", enterIntoForce: "in_force" },
  in_force: { amend: "in_force", supersede: "superseded", terminate: "terminated" },
  superseded: {},
  terminated: {},
  expired: {},
};
const EVENTS = Object.keys(agreementMachine.transitions) as AgreementEvent[];

describe("the agreement machine", () => {
  it("has exactly the events the table below knows", () => {
    expect(EVENTS.sort()).toEqual(["amend", "edit", "enterIntoForce", "send", "sign", "supersede", "terminate"]);
    expect([...AGREEMENT_STATUSES].sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  const cases = AGREEMENT_STATUSES.flatMap((state) => EVENTS.map((event) => [state, event, ALLOWED[state]![event] ?? "INVALID_TRANSITION"] as const));
  it.each(cases)("%s + %s → %s", (state, event, expected) => {
    if (expected === "INVALID_TRANSITION") {
      const error = domainErrorThrownBy(() => nextState(agreementMachine, state, event));
      expect(error.code).toBe("INVALID_TRANSITION");
    } else {
      expect(nextState(agreementMachine, state, event)).toBe(expected);
    }
  });

  it("creates drafts (a new agreement or an amendment) and never writes `expired`: expiry is read-time only", () => {
    expect(agreementMachine.create.draft.to).toBe("draft");
    expect(agreementMachine.create.amendment.to).toBe("draft");
    expect(Object.values(agreementMachine.transitions).some((rule) => rule.to === "expired")).toBe(false);
    expect(eventsFrom(agreementMachine, "expired")).toEqual([]);
  });

  it("asks a reason to terminate and a signatory's permission to sign", () => {
    expect(agreementMachine.transitions.terminate.needsReason).toBe(true);
    expect(agreementMachine.transitions.sign.permission).toBe("agreement.sign");
    expect(agreementMachine.transitions.terminate.permission).toBe("agreement.terminate");
  });
});
