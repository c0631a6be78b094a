// Lists of statuses other code asks about come from the machines (`groups`), issue #13. The two
// that must stay literal tuples — zod enums of public output contracts and a client form's
// options — are held here to the machine's group, so a change to the machine cannot leave them behind.
import { describe, expect, it } from "vitest";
import { CATALOGUE_STATUSES } from "../../server/catalogue/facets";
import { PUBLIC_STATUSES } from "../../server/programmes/get-programme";
import { programmeMachine } from "../../server/programmes/transitions";
import { IATI_STATUSES } from "../../server/reports/iati";
import { UNDECIDED_PROGRAMME_STATUSES } from "../../server/reviews/transitions";
import { reachableFrom } from "../../server/workflow/state-machine";

describe("status lists derived from the programme machine", () => {
  it("the catalogue shows exactly what a visitor may see", () => {
    expect([...CATALOGUE_STATUSES]).toEqual([...programmeMachine.groups.public]);
    expect(PUBLIC_STATUSES).toBe(programmeMachine.groups.public);
  });

  it("IATI publishes every approved programme and what follows approval", () => {
    expect([...IATI_STATUSES]).toEqual([...programmeMachine.groups.afterApproval]);
    // …which is exactly what the machine can reach from approval.
    expect([...programmeMachine.groups.afterApproval]).toEqual(reachableFrom(programmeMachine, "approved"));
  });

  it("a panel seat matters until the decision: the states from which a decision or a resubmission is still to come", () => {
    expect(UNDECIDED_PROGRAMME_STATUSES).toBe(programmeMachine.groups.undecided);
    const decisionAhead = programmeMachine.states.filter((s) => reachableFrom(programmeMachine, s).includes("approved") && s !== "approved" && s !== "draft");
    expect([...programmeMachine.groups.undecided]).toEqual(decisionAhead);
  });

  it("running programmes are the public ones not yet completed", () => {
    expect([...programmeMachine.groups.running]).toEqual(programmeMachine.groups.public.filter((s) => programmeMachine.transitions.cancel.from.includes(s)));
  });
});
