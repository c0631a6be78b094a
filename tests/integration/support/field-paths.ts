// Field paths of an output ("programme.fundingSources[].amount"), read from a value or from the
// zod schema that builds it, to hold public outputs against explicit allow-lists.

/** The leaf paths of a JSON-like value: object keys joined by ".", array items as "[]"; an empty object or array is a leaf. */
export function pathsOfValue(value: unknown, at = "", out = new Set<string>()): Set<string> {
  if (value instanceof Date || value === null || typeof value !== "object") {
    if (at) out.add(at);
    return out;
  }
  const children = Array.isArray(value) ? value.map((item) => [`${at}[]`, item] as const) : Object.entries(value).map(([k, v]) => [at ? `${at}.${k}` : k, v] as const);
  if (children.length === 0 && at) out.add(at);
  for (const [path, child] of children) pathsOfValue(child, path, out);
  return out;
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** The leaf paths a zod output schema can produce (all branches of a union). */
export function pathsOfSchema(schema: unknown, at = "", out = new Set<string>()): Set<string> {
  const def = defOf(schema);
  switch (def.type) {
    case "object":
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) pathsOfSchema(child, at ? `${at}.${key}` : key, out);
      return out;
    case "array": {
      // A list that must stay empty (e.g. a visitor's decisions) is a leaf: nothing inside it is let out.
      const checks = (def.checks ?? []) as { _zod: { def: { check: string; maximum?: number } } }[];
      if (checks.some((c) => c._zod.def.check === "max_length" && c._zod.def.maximum === 0)) return out.add(at);
      return pathsOfSchema(def.element, `${at}[]`, out);
    }
    case "record":
      out.add(`${at}.*`);
      return out;
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
      return pathsOfSchema(def.innerType, at, out);
    case "pipe":
      return pathsOfSchema(def.out, at, out);
    case "union":
      for (const option of def.options as unknown[]) pathsOfSchema(option, at, out);
      return out;
    default:
      if (at) out.add(at);
      return out;
  }
}

/**
 * Leaf paths of `value` that the allow-list does not name. An empty object or array is fine where
 * the list names something inside it; a ".*" path (a record) allows any key below it.
 */
export function pathsOutside(value: unknown, allowed: readonly string[]): string[] {
  const records = allowed.filter((p) => p.endsWith(".*")).map((p) => p.slice(0, -1));
  const inside = (p: string) => allowed.some((a) => a.startsWith(`${p}.`) || a.startsWith(`${p}[]`));
  return [...pathsOfValue(value)].filter((p) => !allowed.includes(p) && !inside(p) && !records.some((r) => p.startsWith(r)));
}

const EMAIL = /[^\s@"<>]+@[^\s@"<>]+\.[a-z]{2,}/i;
const PRIVATE_KEY = /(userid|user_id|email|password|token|hash|useragent|actor|audit)$|^ip(address)?$/i;

/**
 * Keys and values no public output may hold: user ids, emails, secrets, audit details; and the given
 * user ids anywhere. `publicHashes` names the paths (".transparencyLog.leafHash") of SHA-256
 * fingerprints published on purpose so that outsiders can check the platform (PUBLIC_HASHES in
 * public-allow-lists.ts); any other key ending in "hash" is taken for a password's or token's.
 */
export function privateFacts(value: unknown, userIds: readonly string[], publicHashes: readonly string[] = []): string[] {
  const found: string[] = [];
  const walk = (v: unknown, at: string) => {
    if (typeof v === "string") {
      if (EMAIL.test(v)) found.push(`${at}: email-shaped value`);
      for (const id of userIds) if (v.includes(id)) found.push(`${at}: a user id`);
      return;
    }
    if (v === null || typeof v !== "object" || v instanceof Date) return;
    if (Array.isArray(v)) return v.forEach((item) => walk(item, `${at}[]`));
    for (const [key, child] of Object.entries(v)) {
      if (PRIVATE_KEY.test(key) && !publicHashes.includes(`${at}.${key}`)) found.push(`${at}.${key}: private key`);
      walk(child, `${at}.${key}`);
    }
  };
  walk(value, "");
  return found;
}
