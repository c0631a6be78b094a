// Every input the router accepts is bounded (issue #11, "request limits"): each string and
// array has a maximum length, each number a minimum and a maximum, each record a maximum number
// of entries, and nothing accepts an unknown shape. The test walks the zod schema tree of every
// procedure of the real router, so a new procedure with an unbounded field fails here.
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { appRouter } from "../../server/trpc/root";

type Def = { type: string; checks?: { _zod: { def: { check: string } } }[] } & Record<string, unknown>;
type Schema = { _zod: { def: Def } };

const hasCheck = (def: Def, ...names: string[]) => (def.checks ?? []).some((c) => names.includes(c._zod.def.check));
/** The greater_than / less_than checks of a number (int()'s safe-integer range does not count as a bound). */
const numberBounded = (def: Def) => hasCheck(def, "greater_than") && hasCheck(def, "less_than");

/** Paths (a.b[].c) of every unbounded part of `schema`. */
export function unboundedParts(input: unknown, at = "input", seen = new Set<unknown>()): string[] {
  if (seen.has(input)) return [];
  seen.add(input);
  const schema = input as Schema;
  const def = schema._zod.def;
  const inner = (s: unknown, path = at) => unboundedParts(s, path, seen);
  switch (def.type) {
    case "string":
      return hasCheck(def, "max_length", "length_equals") ? [] : [`${at}: string without a maximum length`];
    case "number":
      return numberBounded(def) ? [] : [`${at}: number without a minimum and a maximum`];
    case "array":
      return [...(hasCheck(def, "max_length", "length_equals") ? [] : [`${at}: array without a maximum length`]), ...inner(def.element, `${at}[]`)];
    case "record": {
      const maxEntries = (z.globalRegistry.get(schema as unknown as z.ZodType) as { maxEntries?: number } | undefined)?.maxEntries;
      return [...(maxEntries ? [] : [`${at}: record without maxEntries`]), ...inner(def.keyType, `${at}{key}`), ...inner(def.valueType, `${at}{}`)];
    }
    case "object":
      return [
        ...Object.entries(def.shape as Record<string, unknown>).flatMap(([key, s]) => inner(s, `${at}.${key}`)),
        ...(def.catchall && (def.catchall as Schema)._zod.def.type !== "never" ? inner(def.catchall, `${at}.*`) : []),
      ];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return inner(def.innerType);
    case "pipe":
      return [...inner(def.in), ...inner(def.out)];
    case "union":
      return (def.options as unknown[]).flatMap((s, i) => inner(s, `${at}|${i}`));
    case "intersection":
      return [...inner(def.left), ...inner(def.right)];
    case "tuple":
      return (def.items as unknown[]).flatMap((s, i) => inner(s, `${at}[${i}]`));
    case "enum":
    case "literal":
    case "boolean":
    case "date":
    case "null":
    case "undefined":
    case "void":
    case "never":
    case "transform":
      return [];
    default:
      return [`${at}: ${def.type} accepts an unbounded or unknown shape`];
  }
}

type Procedure = { _def: { inputs: Schema[]; type: string } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>);

describe("input bounds", () => {
  it("the walker finds the router's procedures", () => {
    expect(procedures.length).toBeGreaterThan(60);
    expect(procedures.filter(([, p]) => p._def.inputs.length > 0).length).toBeGreaterThan(50);
  });

  it("the walker flags unbounded strings, arrays, numbers and records, and passes bounded ones", () => {
    const loose = z.object({ s: z.string(), a: z.array(z.string().max(1)), n: z.number().int(), r: z.record(z.string().max(1), z.number().min(0).max(1)), u: z.unknown() });
    expect(unboundedParts(loose)).toEqual([
      "input.s: string without a maximum length",
      "input.a: array without a maximum length",
      "input.n: number without a minimum and a maximum",
      "input.r: record without maxEntries",
      "input.u: unknown accepts an unbounded or unknown shape",
    ]);
    const tight = z.object({ s: z.string().max(3), a: z.array(z.string().length(2)).max(2), n: z.number().min(0).max(1), r: z.record(z.string().max(1), z.boolean()).meta({ maxEntries: 2 }) });
    expect(unboundedParts(tight)).toEqual([]);
  });

  it.each(procedures.filter(([, p]) => p._def.inputs.length > 0))("%s bounds every string, array, number and record of its input", (_path, procedure) => {
    expect(procedure._def.inputs.flatMap((schema) => unboundedParts(schema))).toEqual([]);
  });
});
