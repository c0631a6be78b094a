import { describe, expect, it } from "vitest";
import { decisionBases, readCell } from "../../components/reports/suppressed-wording";

describe("how a suppressed public figure reads", () => {
  it("reads a shown count as its number, whatever its origin", () => {
    expect(readCell(11, "count")).toEqual({ kind: "number", value: 11 });
    expect(readCell(11, "derived")).toEqual({ kind: "number", value: 11 });
    expect(readCell(0, "count")).toEqual({ kind: "number", value: 0 });
  });

  it("reads a count suppressed only for being small as below the threshold", () => {
    expect(readCell("<5", "count")).toEqual({ kind: "below", text: "<5" });
    expect(readCell("<10", "count")).toEqual({ kind: "below", text: "<10" });
  });

  it("reads a derived total as withheld, never as below the threshold, since it may be large", () => {
    expect(readCell("<5", "derived")).toEqual({ kind: "withheld" });
    expect(readCell("<10", "derived")).toEqual({ kind: "withheld" });
  });

  it("reads 11 final decisions withheld for an approval rate whose parts are small as withheld, not <5", () => {
    const d = { approvalRateDenominator: "<5", medianN: 11 } as const;
    expect(decisionBases(d)).toEqual({ approval: { kind: "withheld" }, median: { kind: "number", value: 11 } });
  });

  it("reads a median over fewer decisions than the threshold as below the threshold", () => {
    const d = { approvalRateDenominator: 12, medianN: "<5" } as const;
    expect(decisionBases(d)).toEqual({ approval: { kind: "number", value: 12 }, median: { kind: "below", text: "<5" } });
  });
});
