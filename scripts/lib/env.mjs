// Shared helpers for scripts/start.mjs and scripts/test.mjs.
// Dependency-free on purpose: these run before `node_modules` is known to be in place.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (scripts/lib/../..). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Project-local state that must never be committed (.gitignore lists it). */
export const DATA_DIR = path.join(ROOT, ".data");

/** Port and configuration of the production server that the e2e tests start (see playwright.config.ts). */
export const E2E_PORT = Number(process.env.E2E_PORT) || 3100;
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
/** A fixed, obviously-fake secret (40 characters) shared by `next build` in npm test and the e2e server. */
export const TEST_NEXTAUTH_SECRET = "southbridge-test-secret-0123456789abcdef";
/** Environment shared by the test build, the e2e server and the test runners. */
export const TEST_APP_ENV = {
  NEXTAUTH_URL: E2E_BASE_URL,
  NEXTAUTH_SECRET: TEST_NEXTAUTH_SECRET,
  DEPLOYMENT_ENV: "test",
  NEXT_TELEMETRY_DISABLED: "1",
};

/** Path of an executable installed in node_modules/.bin. */
export function bin(name) {
  return path.join(ROOT, "node_modules", ".bin", name);
}

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Why dependencies must be (re)installed, or undefined when node_modules is up to date. */
export function dependenciesOutdated() {
  if (!existsSync(bin("next"))) return "node_modules/.bin/next is missing";
  const lock = mtime(path.join(ROOT, "package-lock.json"));
  if (lock === undefined) return undefined;
  const installed = mtime(path.join(ROOT, "node_modules", ".package-lock.json"));
  if (installed === undefined) return "node_modules/.package-lock.json is missing";
  // npm writes both files during one install; allow a little slack between them.
  if (lock > installed + 2000) return "package-lock.json is newer than node_modules";
  return undefined;
}

/** Runs `npm ci` (or `npm install` without a lockfile) when node_modules is missing or stale. */
export async function ensureDependencies() {
  const reason = dependenciesOutdated();
  if (!reason) return;
  const hasLock = existsSync(path.join(ROOT, "package-lock.json"));
  const args = hasLock ? ["ci"] : ["install"];
  console.log(`Installing dependencies (npm ${args[0]}): ${reason}`);
  await run("npm", [...args, "--no-audit", "--no-fund"], { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" });
}

/**
 * NEXTAUTH_SECRET from the environment, or a generated one kept in .data/nextauth-secret so that
 * sessions survive restarts.
 */
export function nextAuthSecret(env = process.env) {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * Runs a command with inherited stdio (output streams live) in the repository root.
 * Resolves when it exits with 0; rejects otherwise (error.exitCode holds the code).
 * @param {string} cmd
 * @param {string[]} [args]
 * @param {NodeJS.ProcessEnv} [env]
 * @param {{ cwd?: string }} [options]
 * @returns {Promise<void>}
 */
export function run(cmd, args = [], env = process.env, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: options.cwd ?? ROOT, env, stdio: "inherit" });
    child.on("error", (error) => reject(new Error(`could not run ${cmd}: ${error.message}`)));
    child.on("exit", (code, signal) => {
      if (code === 0) return resolve();
      const why = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const error = new Error(`${path.basename(cmd)} ${args.join(" ")} ${why}`.replace(/\s+/g, " "));
      error.exitCode = code ?? 1;
      reject(error);
    });
  });
}
