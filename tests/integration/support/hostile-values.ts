// fast-check arbitraries of hostile input for the fuzz test: wrong types, missing and extra
// fields, huge strings, invisible and direction-changing characters, negative, enormous and
// non-finite numbers, impossible dates, unknown codes, SQL and HTML payloads, deep nesting.
// Nothing here is a real id of the database: a well-formed id names no row.
import fc from "fast-check";

const MB = 1 << 20;
/** Built once: generating a megabyte per run would cost more than the calls. */
const HUGE = { ascii: "a".repeat(MB), digits: "9".repeat(MB), rtl: "\u202e".repeat(MB / 2), spaces: " ".repeat(MB) } as const;

const deep = (depth: number): unknown => {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = { a: value, b: [value] };
  return value;
};
const DEEP = deep(2_000);

export const PAYLOADS = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '" OR ""="',
  "1; UPDATE institutions SET status='verified'",
  "\\'; SELECT SLEEP(5); --",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}${7*7}",
  "../../../../etc/passwd",
  "\u0000",
  "\u200b\u200c\u200d\ufeff",
  "\u202eevil\u202c",
  "\u2066\u2067\u2068\u2069",
  "=HYPERLINK(\"http://x\",\"y\")",
  "%00%0d%0a",
  "𝕳𝖊𝖑𝖑𝖔 🏳️‍🌈",
] as const;

export const IMPOSSIBLE_DATES = ["2026-02-31", "2026-02-29", "2026-13-01", "2026-00-10", "0000-00-00", "9999-99-99", "2026-1-1", "31/12/2026", "2026-04-31T00:00:00Z", "+275760-09-13"] as const;
export const UNKNOWN_CODES = ["XX", "ZZ", "ZZZ", "xx", "qz", "astrology", "NO_SUCH_MECHANISM", "not_a_sector", "US D", "EU"] as const;
export const ODD_NUMBERS = [0, -0, -1, -2_147_483_649, 2_147_483_648, 2 ** 53, -(2 ** 53), 1e21, 1e308, -1e308, Number.MIN_VALUE, 0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY] as const;

/** A well-formed id (20 lower-case letters and digits) that names no row. */
export const unknownId = fc.stringMatching(/^[0-9a-z]{20}$/);

export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, false, "", " ", HUGE.ascii, HUGE.digits, HUGE.rtl, HUGE.spaces, DEEP),
  fc.constantFrom<unknown>(...PAYLOADS, ...IMPOSSIBLE_DATES, ...UNKNOWN_CODES, ...ODD_NUMBERS),
  unknownId,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.bigInt().map((n) => n.toString()),
  fc.array(fc.constantFrom<unknown>(...PAYLOADS, null, 1), { maxLength: 5 }),
  fc.constant(Array.from({ length: 10_000 }, () => "x")),
  fc.constant({ __proto__: { admin: true }, constructor: { prototype: { admin: true } } }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.constantFrom<unknown>(...PAYLOADS, 1, null), { maxKeys: 4 }),
);

/** An input for a procedure whose object input has these keys: each key missing or hostile, plus extra keys; or not an object at all. */
export function hostileInput(keys: readonly string[]): fc.Arbitrary<unknown> {
  const fields = fc.record(Object.fromEntries(keys.map((k) => [k, hostileScalar])), { requiredKeys: [] });
  const extra = fc.dictionary(fc.constantFrom("__proto__", "constructor", "role", "isAdmin", "status", "version", "id", "createdByUserId", "x".repeat(300)), hostileScalar, { maxKeys: 3 });
  return fc.oneof(
    { weight: 1, arbitrary: hostileScalar },
    { weight: 4, arbitrary: fc.tuple(fields, extra).map(([f, e]) => ({ ...e, ...f })) },
  );
}
