import { describe, expect, it } from "vitest";
import { REPORT_STATUSES } from "../../db/schema/reports";
import { reportMachine } from "../../server/reports/transitions";
import { nextState } from "../../server/workflow/state-machine";
import { domainErrorThrownBy } from "./support/thrown";

// draft → published; a draft may be edited; a published report never changes. Written out by hand.
const EVENTS = ["edit", "publish"] as const;
const ALLOWED: Record<(typeof REPORT_STATUSES)[number], Partial<Record<(typeof EVENTS)[number], string>>> = {
  draft: { edit: "draft", publish: "published" },
  published: {},
};

describe("the report state machine", () => {
  it("creates reports as drafts, by admins (report.manage)", () => {
    expect(reportMachine.create.create).toEqual({ to: "draft", permission: "report.manage" });
  });

  it("has exactly the events of the table", () => {
    expect(Object.keys(reportMachine.transitions).sort()).toEqual([...EVENTS].sort());
    for (const e of EVENTS) expect(reportMachine.transitions[e].permission).toBe("report.manage");
  });

  const pairs = REPORT_STATUSES.flatMap((from) => EVENTS.map((event) => ({ from, event, to: ALLOWED[from][event] ?? null })));
  it.each(pairs)("$event from $from leads to $to", ({ from, event, to }) => {
    if (to) {
      expect(nextState(reportMachine, from, event)).toBe(to);
    } else {
      const error = domainErrorThrownBy(() => nextState(reportMachine, from, event));
      expect(error.code).toBe("INVALID_TRANSITION");
    }
  });
});
