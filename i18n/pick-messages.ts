// Picks the parts of a message catalogue that a client boundary needs. A path is a namespace
// ("agreements") or a sub-tree of one ("programmes.lifecycle"); overlapping paths merge.
// Pure, so the unit tests can check that every client component's namespace is covered.

type Messages = Record<string, unknown>;

const isTree = (value: unknown): value is Messages => typeof value === "object" && value !== null && !Array.isArray(value);

function setPath(target: Messages, keys: string[], value: unknown): void {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = isTree(next) ? next : (node[key] = {});
  }
  const last = keys[keys.length - 1]!;
  const existing = node[last];
  node[last] = isTree(existing) && isTree(value) ? { ...existing, ...value } : value;
}

/** The messages under each of `paths` (missing paths are skipped), in the catalogue's shape. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let value: unknown = messages;
    for (const key of keys) value = isTree(value) ? value[key] : undefined;
    if (value !== undefined) setPath(picked, keys, value);
  }
  return picked;
}
