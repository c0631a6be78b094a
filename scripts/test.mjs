// `npm test`: every check, in order, continuing after failures so that the summary is complete.
// The last line printed is exactly "N passed, N failed"; the exit code is 1 when anything failed.
//
//   lint          eslint --max-warnings=0 .                       1 check
//   typecheck     next typegen + tsc --noEmit                     1 check
//   unit          vitest --project unit        → .reports/unit.json         one per test
//   integration   vitest --project integration → .reports/integration.json  one per test (database southbridge_test)
//   planetscale   the same integration tests through @planetscale/database, over the PlanetScale
//                 HTTP endpoint of tests/planetscale/ (--mode planetscale)
//                                              → .reports/integration-planetscale.json  one per test
//                                                (database southbridge_test_planetscale); also fails
//                                                when it ran another number of tests than the mysql2 pass
//   build         next build (test settings, database southbridge_e2e)       1 check
//   e2e           playwright test              → .reports/e2e.json          one per test (server on :3100)
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { DatabaseUnavailableError, databaseUrl, dropDatabase, redact } from "./lib/database.mjs";
import { bin, ensureDependencies, ROOT, run, TEST_APP_ENV } from "./lib/env.mjs";

process.chdir(ROOT);
const REPORTS = path.join(ROOT, ".reports");
mkdirSync(REPORTS, { recursive: true });

/** @type {{ name: string, passed: number, failed: number, note?: string }[]} */
const results = [];
const failures = [];
let stepNumber = 0;
const TOTAL_STEPS = 8;

function header(name) {
  stepNumber++;
  console.log(`\n━━━ [${stepNumber}/${TOTAL_STEPS}] ${name} ━━━`);
}

function record(name, passed, failed, note) {
  results.push({ name, passed, failed, note });
  if (failed > 0) console.log(`✗ ${name}: ${note ?? `${failed} failing`}`);
}

// The environment every step sees: the test app settings, and neither PlanetScale credentials
// (tests need a server they may create and drop databases on) nor an inherited NODE_ENV.
const baseEnv = { ...process.env, ...TEST_APP_ENV, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" };
for (const key of ["DATABASE_HOST", "DATABASE_USERNAME", "DATABASE_PASSWORD", "NODE_ENV"]) delete baseEnv[key];
// Placeholder for steps that only validate configuration (next.config.mjs checks DATABASE_URL is set).
baseEnv.DATABASE_URL = "mysql://root@127.0.0.1:3306/southbridge_e2e";

async function check(name, cmd, args, env = baseEnv) {
  try {
    await run(cmd, args, env);
    record(name, 1, 0);
    return true;
  } catch (error) {
    record(name, 0, 1, error.message);
    return false;
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** Runs a test suite and counts its tests from the JSON report; returns how many ran (undefined without a report). */
async function suite(name, cmd, args, env, reportFile, count) {
  rmSync(reportFile, { force: true });
  let exitError;
  try {
    await run(cmd, args, env);
  } catch (error) {
    exitError = error;
  }
  const report = readJson(reportFile);
  if (!report) {
    record(name, 0, 1, `no report at ${path.relative(ROOT, reportFile)}${exitError ? ` (${exitError.message})` : ""}`);
    return undefined;
  }
  let { passed, failed } = count(report);
  const ran = passed + failed;
  for (const failure of failingTests(report).slice(0, 20)) failures.push(`${name}: ${failure}`);
  let note;
  if (passed + failed === 0) {
    failed = 1;
    note = "ran no tests";
  } else if (exitError && failed === 0) {
    failed = 1;
    note = `${exitError.message} although no test failed (errors outside tests?)`;
  } else if (failed > 0) {
    note = `${failed} failing test${failed === 1 ? "" : "s"}`;
  }
  record(name, passed, failed, note);
  return ran;
}

/** "file › test name — first line of the error" for each failed test in a vitest or Playwright JSON report. */
function failingTests(report) {
  const firstLine = (text) => stripVTControlCharacters(String(text ?? "")).split("\n").find((line) => line.trim()) ?? "";
  const out = [];
  for (const file of report.testResults ?? []) {
    const where = path.relative(ROOT, file.name ?? "");
    for (const test of file.assertionResults ?? []) {
      if (test.status === "failed") out.push(`${where} › ${test.fullName ?? test.title} — ${firstLine(test.failureMessages?.[0])}`);
    }
    if (file.status === "failed" && (file.assertionResults ?? []).every((t) => t.status !== "failed")) out.push(`${where} — ${firstLine(file.message)}`);
  }
  const walk = (suite, trail) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === "unexpected") {
          const error = test.results?.at(-1)?.error?.message;
          out.push(`${spec.file ?? suite.file} › ${[...trail, spec.title].join(" › ")} — ${firstLine(error)}`);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...trail, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return out.map((line) => (line.length > 400 ? `${line.slice(0, 397)}…` : line));
}

const vitestCount = (r) => ({ passed: Number(r.numPassedTests ?? 0), failed: Number(r.numFailedTests ?? 0) });
const playwrightCount = (r) => ({
  passed: Number(r.stats?.expected ?? 0) + Number(r.stats?.flaky ?? 0),
  failed: Number(r.stats?.unexpected ?? 0) + (Array.isArray(r.errors) && r.errors.length > 0 && !r.stats?.unexpected ? 1 : 0),
});

// 0. Dependencies (counted only when they cannot be installed).
try {
  await ensureDependencies();
} catch (error) {
  record("dependencies", 0, 1, error.message);
}

// Databases: southbridge_test for integration tests (southbridge_test_planetscale for their
// PlanetScale pass), southbridge_e2e for the build and e2e tests.
let testDbUrl;
let planetscaleDbUrl;
let e2eDbUrl;
let databaseProblem;
try {
  testDbUrl = await databaseUrl("southbridge_test");
  planetscaleDbUrl = await databaseUrl("southbridge_test_planetscale");
  e2eDbUrl = await databaseUrl("southbridge_e2e");
} catch (error) {
  databaseProblem = error instanceof DatabaseUnavailableError ? error.message : `Database: ${error.message}`;
  console.error(databaseProblem);
}

header("Lint (eslint --max-warnings=0 .)");
await check("lint", bin("eslint"), ["--max-warnings=0", "."]);

header("Typecheck (next typegen, tsc --noEmit)");
// Route and next-env types come from Next.js; generate them so that a fresh clone typechecks.
try {
  await run(bin("next"), ["typegen"], baseEnv);
} catch (error) {
  console.log(`(next typegen failed: ${error.message}; running tsc anyway)`);
}
await check("typecheck", bin("tsc"), ["--noEmit"]);

header("Unit tests (vitest --project unit)");
await suite(
  "unit tests",
  bin("vitest"),
  ["run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile=${path.join(REPORTS, "unit.json")}`],
  baseEnv,
  path.join(REPORTS, "unit.json"),
  vitestCount,
);

header(`Integration tests (vitest --project integration${testDbUrl ? `, ${redact(testDbUrl)}` : ""})`);
let mysql2Tests;
if (!testDbUrl) {
  record("integration tests", 0, 1, databaseProblem);
} else {
  try {
    // A clean database each run; global-setup.ts migrates it and loads reference data.
    await dropDatabase(testDbUrl);
  } catch (error) {
    console.log(`(could not drop ${redact(testDbUrl)}: ${error.message}; reusing it)`);
  }
  mysql2Tests = await suite(
    "integration tests",
    bin("vitest"),
    ["run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile=${path.join(REPORTS, "integration.json")}`],
    { ...baseEnv, DATABASE_URL: testDbUrl },
    path.join(REPORTS, "integration.json"),
    vitestCount,
  );
}

// The same tests through PlanetScale's HTTP driver: the database is created, migrated and seeded
// over mysql2, then every test talks to it through @planetscale/database and the test endpoint.
header(`Integration tests over PlanetScale's HTTP driver (--mode planetscale${planetscaleDbUrl ? `, ${redact(planetscaleDbUrl)}` : ""})`);
if (!planetscaleDbUrl) {
  record("planetscale tests", 0, 1, databaseProblem);
} else {
  try {
    await dropDatabase(planetscaleDbUrl);
  } catch (error) {
    console.log(`(could not drop ${redact(planetscaleDbUrl)}: ${error.message}; reusing it)`);
  }
  const reportFile = path.join(REPORTS, "integration-planetscale.json");
  const planetscaleTests = await suite(
    "planetscale tests",
    bin("vitest"),
    ["run", "--project", "integration", "--mode", "planetscale", "--reporter=default", "--reporter=json", `--outputFile=${reportFile}`],
    { ...baseEnv, DATABASE_URL: planetscaleDbUrl },
    reportFile,
    vitestCount,
  );
  // Every integration test runs in both passes: a different count means one was left out.
  if (mysql2Tests !== undefined && planetscaleTests !== undefined && planetscaleTests !== mysql2Tests) {
    record("planetscale count", 0, 1, `${planetscaleTests} tests over PlanetScale, ${mysql2Tests} over mysql2`);
  }
}

// The e2e database is prepared before the build so that anything Next.js renders at build
// time finds a migrated, seeded database.
header(`E2E database (drop, migrate, seed${e2eDbUrl ? ` ${redact(e2eDbUrl)}` : ""})`);
let e2eDatabaseReady = false;
const e2eEnv = { ...baseEnv, DATABASE_URL: e2eDbUrl ?? baseEnv.DATABASE_URL, E2E_DATABASE_URL: e2eDbUrl ?? baseEnv.DATABASE_URL };
if (!e2eDbUrl) {
  console.log(databaseProblem);
} else {
  try {
    await dropDatabase(e2eDbUrl);
    await run(bin("tsx"), ["scripts/migrate.ts"], e2eEnv);
    await run(bin("tsx"), ["scripts/seed.ts"], e2eEnv);
    // The data cache of an earlier run holds reads of the database just dropped (it outlives builds).
    rmSync(path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "cache", "fetch-cache"), { recursive: true, force: true });
    e2eDatabaseReady = true;
  } catch (error) {
    console.log(`Preparing the e2e database failed: ${error.message}`);
    databaseProblem = `e2e database not ready: ${error.message}`;
  }
}

header("Build (next build)");
const built = await check("build", bin("next"), ["build"], e2eEnv);

header("End-to-end tests (playwright test)");
if (!built) {
  record("e2e tests", 0, 1, "skipped: the build failed");
} else if (!e2eDatabaseReady) {
  record("e2e tests", 0, 1, `skipped: ${databaseProblem}`);
} else {
  const reportFile = path.join(REPORTS, "e2e.json");
  await suite(
    "e2e tests",
    bin("playwright"),
    ["test", "--reporter=list,json"],
    { ...e2eEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile },
    reportFile,
    playwrightCount,
  );
}

// Summary.
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log("\n━━━ Summary ━━━");
for (const r of results) {
  const status = r.failed > 0 ? "FAIL" : "ok  ";
  const counts = `${r.passed} ✓ / ${r.failed} ✗`;
  console.log(`  ${status}  ${r.name.padEnd(18)} ${counts.padEnd(14)} ${r.note ?? ""}`.trimEnd());
}
if (failures.length > 0) {
  console.log("  Failing:");
  for (const failure of failures) console.log(`    ${failure}`);
}
if (existsSync(REPORTS)) console.log(`  Reports: ${path.relative(ROOT, REPORTS)}/{unit,integration,integration-planetscale,e2e}.json`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
