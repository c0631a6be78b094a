// `npm start` (production server) and `npm run dev` (`--dev`, next dev).
// Installs dependencies if needed, finds or starts a database, migrates and seeds it,
// builds when the sources changed, then runs Next.js in the foreground.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { scheduledCrons, startScheduler } from "./lib/cron-schedule.mjs";
import { DatabaseUnavailableError, databaseUrl, redact } from "./lib/database.mjs";
import { bin, ensureDependencies, nextAuthSecret, ROOT, run } from "./lib/env.mjs";

const dev = process.argv.includes("--dev");
process.chdir(ROOT);

try {
  await ensureDependencies();
} catch (error) {
  fail(`Could not install dependencies: ${error.message}`);
}

// Honour .env / .env.local the way Next.js does (variables already set win), so that the
// database and secrets chosen below agree with what the server will see.
const { default: nextEnv } = await import("@next/env");
nextEnv.loadEnvConfig(ROOT, dev, { info: () => {}, error: console.error });

const port = process.env.PORT || "3000";
const env = { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: "1" };
env.NEXTAUTH_URL ||= `http://localhost:${port}`;
env.NEXTAUTH_SECRET = nextAuthSecret(env);
env.DEPLOYMENT_ENV ||= "demo";
// The scheduled route's secret: the in-process scheduler below is its only caller when none is set.
env.CRON_SECRET ||= randomBytes(32).toString("hex");

try {
  const url = await databaseUrl("southbridge", { keepConfiguredName: true });
  if (url) env.DATABASE_URL = url;
} catch (error) {
  fail(error instanceof DatabaseUnavailableError ? error.message : `Database: ${error.message}`);
}

try {
  console.log(`Database: ${env.DATABASE_URL ? redact(env.DATABASE_URL) : `PlanetScale (${env.DATABASE_HOST})`}`);
  await run(bin("tsx"), ["scripts/migrate.ts"], env);
  await run(bin("tsx"), ["scripts/seed.ts"], env);
} catch (error) {
  fail(`Preparing the database failed: ${error.message}`);
}

// `next build` empties .next, so this stamp only exists after a build made by this script,
// with the settings below (a build made by `npm test` has DEPLOYMENT_ENV=test baked in).
const STAMP = path.join(ROOT, ".next", "southbridge-start.json");
const buildSettings = JSON.stringify({ DEPLOYMENT_ENV: env.DEPLOYMENT_ENV, NEXTAUTH_URL: env.NEXTAUTH_URL });

if (!dev) {
  const reason = buildReason();
  if (reason) {
    console.log(`Building Southbridge (${reason}); this takes about half a minute…`);
    try {
      await run(bin("next"), ["build"], env);
      writeFileSync(STAMP, buildSettings);
    } catch (error) {
      fail(`Build failed: ${error.message}`);
    }
  }
}

// Production: scripts/serve.mjs is `next start` with Brotli and precompressed build files.
const child = dev ? spawn(bin("next"), ["dev", "-p", port], { env, stdio: "inherit" }) : spawn(process.execPath, ["scripts/serve.mjs", "-p", port], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1)));
void announceWhenReady(`http://localhost:${port}`);
// Self-hosted, the schedule of vercel.json runs here: the same jobs, through the same route.
startScheduler({ base: `http://localhost:${port}`, secret: env.CRON_SECRET, crons: scheduledCrons(ROOT) });

/** Why a (re)build is needed, or undefined when .next is current. */
function buildReason() {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "no build yet";
  let stamp;
  try {
    stamp = readFileSync(STAMP, "utf8");
  } catch {
    return "the last build was not made by npm start";
  }
  if (stamp !== buildSettings) return "DEPLOYMENT_ENV or NEXTAUTH_URL changed";
  const built = statSync(buildId).mtimeMs;
  const inputs = ["app", "server", "db", "components", "messages", "i18n", "lib", "public"];
  const files = ["next.config.mjs", "package-lock.json", "package.json", "proxy.ts", "tsconfig.json", "postcss.config.mjs"];
  for (const file of files) {
    if ((statSync(path.join(ROOT, file), { throwIfNoEntry: false })?.mtimeMs ?? 0) > built) return `${file} changed`;
  }
  for (const dir of inputs) {
    const changed = newerThan(path.join(ROOT, dir), built);
    if (changed) return `${path.relative(ROOT, changed)} changed`;
  }
  return undefined;
}

function newerThan(dir, time) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = newerThan(full, time);
      if (found) return found;
    } else if (statSync(full, { throwIfNoEntry: false })?.mtimeMs > time) {
      return full;
    }
  }
  return undefined;
}

async function announceWhenReady(base) {
  for (let i = 0; i < 240; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
    } catch {
      continue;
    }
    console.log(
      [
        "",
        `  Southbridge is running at ${env.NEXTAUTH_URL}${dev ? " (development mode)" : ""}`,
        `  Deployment: ${env.DEPLOYMENT_ENV}. Demo accounts are listed on the sign-in page.`,
        "  Press Ctrl+C to stop.",
        "",
      ].join("\n"),
    );
    return;
  }
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
