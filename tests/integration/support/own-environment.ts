// The integration files share one module registry (vitest.config.ts: isolate false), so the
// router, drizzle and Next.js are imported once for the whole run rather than once per file.
// A server module that reads the environment reads it once (server/env.ts caches it, getDb()
// keeps one pool), so a file that needs the server under settings of its own loads it through
// `withEnvironment` and gives it back with `restoreEnvironment` in its afterAll: the next file
// then finds the environment, and fresh modules, as if it had run alone.
import { vi } from "vitest";

let saved: Record<string, string | undefined> | undefined;

/** Sets `vars`, empties the module registry, then runs `load` (dynamic imports see the new settings). */
export async function withEnvironment<T>(vars: Record<string, string>, load: () => Promise<T>): Promise<T> {
  if (saved) throw new Error("withEnvironment: the previous settings were not restored");
  saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  Object.assign(process.env, vars);
  vi.resetModules();
  return load();
}

/** Closes the database pool the modules loaded under those settings opened, restores the settings, and empties the registry again. */
export async function restoreEnvironment(): Promise<void> {
  if (!saved) return;
  const { getDb } = await import("../../../db/client");
  await getDb().close();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  saved = undefined;
  vi.resetModules();
}
