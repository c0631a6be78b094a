// The query parameters of the public log endpoints, validated: a bad one is a VALIDATION error
// naming the parameter (HTTP 400), never a server error.
import { z } from "zod";
import { DomainError } from "../errors";

const count = (min: number) =>
  z
    .string({ error: "is required" })
    .regex(/^\d{1,16}$/, "must be a whole number written with digits")
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(Number.MAX_SAFE_INTEGER, "is too large"));

const leafHash = z
  .string({ error: "is required" })
  .regex(/^[0-9a-fA-F]{64}$/, "must be a leaf hash: 64 hexadecimal digits (SHA-256)")
  .transform((v) => v.toLowerCase());

export const inclusionQuery = z.object({ leaf: leafHash, size: count(1) });
export const consistencyQuery = z.object({ from: count(0), to: count(1) }).refine((q) => q.from <= q.to, { message: "must not be larger than to", path: ["from"] });
export const entriesQuery = z.object({ start: count(0), end: count(0) }).refine((q) => q.start <= q.end, { message: "must not be larger than end", path: ["start"] });

/** Reads `schema`'s parameters from a URL's query string; each may appear at most once. */
export function parseQuery<T extends z.ZodType>(url: string, schema: T): z.output<T> {
  const params = new URL(url).searchParams;
  const raw: Record<string, string> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    if (values.length > 1) throw new DomainError("VALIDATION", { parameter: name }, `${name} must be given once`);
    raw[name] = values[0]!;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const parameter = String(issue.path[0] ?? "query");
  throw new DomainError("VALIDATION", { parameter }, `${parameter} ${issue.message}`);
}
