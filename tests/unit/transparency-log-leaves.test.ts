// The log's leaves and the documents they stand for: canonical bytes, the three kinds and their
// fields (never a person), and what the offline checks of an agreement record and a report find.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson as agreementsCanonicalJson, sha256Hex } from "../../server/agreements/content";
import { canonicalJson } from "../../server/transparency-log/canonical-json.mjs";
import { agreementRecordDocument, checkDocument, figuresSha256, reportLogEntry } from "../../server/transparency-log/documents.mjs";
import { agreementSignatureLeaf, auditHeadLeaf, leafHashHex, leafSubject, leafText, parseLeaf, reportPublishedLeaf } from "../../server/transparency-log/leaves.mjs";
import { leafHash } from "../../server/transparency-log/rfc9162.mjs";

const HASH = "a".repeat(64);
const signature = {
  agreementReference: "DSA-2026-0007",
  agreementVersion: 2,
  signingRound: 1,
  contentSha256: HASH,
  partyInstitutionId: "inst_0123456789abcdefgh",
  partyInstitutionName: "Université Cheikh Anta Diop",
  signedAt: new Date("2026-05-01T10:00:00.123Z"),
};

describe("canonical JSON", () => {
  it("is the same algorithm as the agreements' canonical JSON, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(agreementsCanonicalJson(value));
      }),
      { numRuns: 500 },
    );
  });

  it("sorts keys, drops undefined members and whitespace, and is stable under key order", () => {
    expect(canonicalJson({ b: 1, a: [true, null, "é"], c: undefined })).toBe('{"a":[true,null,"é"],"b":1}');
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
    );
  });
});

describe("leaves", () => {
  it("an agreement signature is its reference, version, round, content hash, party institution and time — no person", () => {
    const leaf = agreementSignatureLeaf(signature);
    expect(leafText(leaf)).toBe(
      '{"agreementReference":"DSA-2026-0007","agreementVersion":2,"contentSha256":"' +
        HASH +
        '","kind":"agreement.signature","partyInstitutionId":"inst_0123456789abcdefgh","partyInstitutionName":"Université Cheikh Anta Diop","signedAt":"2026-05-01T10:00:00.123Z","signingRound":1}',
    );
    expect(Object.keys(leaf).some((k) => /user|email|person|signatory/i.test(k))).toBe(false);
    expect(leafSubject(leaf)).toBe("agreement/DSA-2026-0007/v2");
  });

  it("hashes a leaf as RFC 9162 SHA-256(0x00 || UTF-8 of its canonical JSON)", () => {
    const leaf = reportPublishedLeaf({ reportSlug: "2026-q3", figuresSha256: HASH, publishedAt: "2026-10-01T00:00:00.000Z" });
    expect(leafHashHex(leaf)).toBe(leafHash(Buffer.from(leafText(leaf), "utf8")).toString("hex"));
    expect(leafHashHex(leaf)).not.toBe(sha256Hex(leafText(leaf)));
    expect(leafSubject(leaf)).toBe("report/2026-q3");
    const head = auditHeadLeaf({ headHash: HASH, entryCount: 12 });
    expect(leafText(head)).toBe(`{"entryCount":12,"headHash":"${HASH}","kind":"audit.head"}`);
    expect(leafSubject(head)).toBe("audit");
  });

  it.each([
    ["a content hash in upper case", { contentSha256: "A".repeat(64) }],
    ["a version 0", { agreementVersion: 0 }],
    ["a fractional round", { signingRound: 1.5 }],
    ["an empty institution name", { partyInstitutionName: " " }],
    ["a time without milliseconds", { signedAt: "2026-05-01T10:00:00Z" }],
    ["an invalid date", { signedAt: new Date("nonsense") }],
  ])("refuses a signature leaf with %s", (_, override) => {
    expect(() => agreementSignatureLeaf({ ...signature, ...override })).toThrow(TypeError);
  });

  it("reads back a stored leaf only if it is canonical, of a known kind, with exactly its fields", () => {
    const leaf = agreementSignatureLeaf(signature);
    expect(parseLeaf(leafText(leaf))).toEqual(leaf);
    expect(() => parseLeaf(JSON.stringify(leaf, null, 1))).toThrow(/canonical/);
    expect(() => parseLeaf(leafText({ ...leaf, userId: "u1" } as typeof leaf))).toThrow(/canonical|unknown fields/);
    expect(() => parseLeaf('{"kind":"programme.published"}')).toThrow(/unknown leaf kind/);
  });
});

describe("an agreement record, checked offline", () => {
  const canonicalContent = canonicalJson({ reference: "DSA-2026-0007", versionNumber: 2, parties: [{ institutionId: signature.partyInstitutionId, role: "provider" }] });
  const record = () =>
    JSON.parse(
      JSON.stringify(agreementRecordDocument({ reference: "DSA-2026-0007", versionNumber: 2, canonicalContent, contentSha256: sha256Hex(canonicalContent), signatures: [signature], server: "https://sb.example" })),
    ) as ReturnType<typeof agreementRecordDocument>;

  it("confirms the text's hash and claims the leaf of each signature, rebuilt from the record", () => {
    const check = checkDocument(record());
    expect(check).toMatchObject({ kind: "agreement-record", problems: [], server: "https://sb.example" });
    expect(check.claims.map((c) => c.leafHash)).toEqual([leafHashHex(agreementSignatureLeaf({ ...signature, contentSha256: sha256Hex(canonicalContent) }))]);
  });

  it("finds an edited text, a text of another agreement, a signer who is not a party and a leaf hash that does not match", () => {
    const edited = { ...record(), canonicalContent: canonicalContent.replace("provider", "recipient") };
    expect(checkDocument(edited).problems[0]).toMatch(/the text was changed$/);
    const other = canonicalJson({ reference: "DSA-2026-0008", versionNumber: 2, parties: [] });
    const swapped = { ...record(), canonicalContent: other, contentSha256: sha256Hex(other) };
    expect(checkDocument(swapped).problems).toEqual([
      expect.stringMatching(/is of DSA-2026-0008 version 2, not of DSA-2026-0007/),
      expect.stringMatching(/is not a party/),
      expect.stringMatching(/the record says leaf/),
    ]);
    const base = record();
    const renamed = { ...base, signatures: [{ ...base.signatures[0]!, partyInstitutionName: "Another" }] };
    expect(checkDocument(renamed).problems).toEqual([expect.stringMatching(/the record says leaf [0-9a-f]{64}, but its content gives leaf/)]);
  });
});

describe("a report's leaf", () => {
  it("hashes the public figures as a reader of the JSON sees them, so the document alone rebuilds the leaf", () => {
    const figures = { computedAt: new Date("2026-10-01T00:00:00.000Z"), programmes: { total: 9, byStatus: [{ key: "open", count: "<5" }] }, note: undefined };
    const entry = reportLogEntry({ slug: "2026-q3", publicFigures: figures, publishedAt: new Date("2026-10-01T12:00:00.000Z") });
    const downloaded = JSON.parse(JSON.stringify({ slug: "2026-q3", publishedAt: "2026-10-01T12:00:00.000Z", figures, links: { json: "https://sb.example/api/open/reports/2026-q3.json" } })) as Record<string, unknown>;
    expect(figuresSha256(downloaded.figures)).toBe(entry.figuresSha256);
    const check = checkDocument(downloaded);
    expect(check).toMatchObject({ kind: "report", problems: [], server: "https://sb.example", claims: [{ leafHash: entry.leafHash }] });
    const stated = checkDocument({ ...downloaded, transparencyLog: { leafHash: "b".repeat(64), figuresSha256: "c".repeat(64) } });
    expect(stated.problems).toEqual([expect.stringMatching(/the figures were changed$/), expect.stringMatching(/^the report says leaf b{64}/)]);
  });

  it("is not something else", () => {
    expect(checkDocument({ hello: "world" })).toMatchObject({ kind: null, claims: [], problems: [expect.stringMatching(/^not an agreement record/)] });
  });
});
