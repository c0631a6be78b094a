import { parseEnv } from "./env-schema.mjs";

export type Env = ReturnType<typeof parseEnv>;

// stateless-ok: the parsed configuration (process.env, which never changes while the process runs)
let cached: Env | undefined;

/** The validated configuration; read lazily so scripts can set variables first. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
