// The canonical form that is hashed and signed (server/agreements/content.ts).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, diffAgreements, freeze, signedDocumentOf, EMPTY_CONTENT } from "../../server/agreements/content";

describe("canonical JSON", () => {
  it("sorts keys at every depth, keeps array order and has no insignificant whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: "x y" } })).toBe('{"a":{"c":"x y","d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson("é\n")).toBe('"é\\n"');
  });

  it("gives the same bytes whatever order the keys were written in", () => {
    expect(canonicalJson({ x: 1, y: [1, 2], z: { b: true, a: false } })).toBe(canonicalJson({ z: { a: false, b: true }, y: [1, 2], x: 1 }));
    expect(canonicalJson({ y: [1, 2] })).not.toBe(canonicalJson({ y: [2, 1] }));
  });
});

describe("the signed document", () => {
  const row = {
    reference: "DSA-2026-0001",
    versionNumber: 1,
    title: "Pilot",
    content: { ...EMPTY_CONTENT, parties: [{ institutionId: "a".repeat(20), role: "provider" }], retentionPeriod: "12 months", effectiveDate: "2027-01-01", expiryDate: "2028-01-01" },
    impactAssessment: null,
    effectiveDate: "2027-01-01",
    expiryDate: "2028-01-01",
  };

  it("holds the title, the programme reference, parties with roles, the content, the assessment and the dates; its hash is SHA-256 hex of the canonical text", () => {
    const doc = signedDocumentOf(row, "PRG-2026-0042");
    expect(doc).toMatchObject({ reference: "DSA-2026-0001", programmeReference: "PRG-2026-0042", title: "Pilot", parties: [{ institutionId: "a".repeat(20), role: "provider" }], impactAssessment: null, effectiveDate: "2027-01-01", expiryDate: "2028-01-01" });
    const frozen = freeze(doc);
    expect(frozen.contentHash).toBe(createHash("sha256").update(frozen.canonicalContent).digest("hex"));
    expect(frozen.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes hash when any signed field changes", () => {
    const base = freeze(signedDocumentOf(row, "PRG-2026-0042")).contentHash;
    expect(freeze(signedDocumentOf({ ...row, title: "Pilot 2" }, "PRG-2026-0042")).contentHash).not.toBe(base);
    expect(freeze(signedDocumentOf(row, "PRG-2026-0043")).contentHash).not.toBe(base);
    expect(freeze(signedDocumentOf({ ...row, content: { ...row.content, retentionPeriod: "24 months" } }, "PRG-2026-0042")).contentHash).not.toBe(base);
    expect(freeze(signedDocumentOf({ ...row, versionNumber: 2 }, "PRG-2026-0042")).contentHash).not.toBe(base);
  });

  it("diffs an amendment against its parent field by field", () => {
    const before = { title: "Pilot", content: { ...EMPTY_CONTENT, retentionPeriod: "12 months" }, impactAssessment: null };
    const after = { title: "Pilot", content: { ...EMPTY_CONTENT, retentionPeriod: "24 months" }, impactAssessment: null };
    expect(diffAgreements(before, after)).toEqual([{ field: "retentionPeriod", before: "12 months", after: "24 months" }]);
    expect(diffAgreements(before, before)).toEqual([]);
  });
});
