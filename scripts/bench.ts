// `npm run bench` (not part of `npm test`): latency and database round trips of the
// proposals-and-review procedures over a realistic volume, on a scratch database
// (southbridge_bench, dropped and rebuilt each run). Usage: tsx scripts/bench.ts [proposals=2000] [runs=30]
import { databaseUrl, dropDatabase } from "./lib/database.mjs";
import { writeSection, type BenchRow } from "./lib/bench-results";

const proposals = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 30);
const url = await databaseUrl("southbridge_bench");
await dropDatabase(url);
process.env.DATABASE_URL = url;
process.env.NEXTAUTH_URL ??= "http://localhost:3000";
process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
process.env.DEPLOYMENT_ENV ??= "test";

const { configFromEnv, createDb } = await import("../db/client");
const { ensureDatabase, runMigrations } = await import("../db/migrate");
const { loadReferenceData } = await import("../db/reference/load");
const { ensureDefaultRubric } = await import("../server/reviews/rubric");
const { loadViewer } = await import("../server/auth/load-viewer");
const { countMutations } = await import("../server/throttle/mutation-quota");
const { createCaller } = await import("../server/trpc/root");
const f = await import("../tests/factories");

const config = configFromEnv();
await ensureDatabase(config);
const handle = createDb(config);
const { db, roundTrips } = handle;
await runMigrations(handle, config);
await loadReferenceData(db);
await ensureDefaultRubric(db);

// A lead institution with its owner, an admin, four reviewers; `proposals` proposals under review with panels and reviews.
const [owner, admin, chair, ...reviewers] = await Promise.all([f.createUser(db), f.createAdmin(db), f.createReviewer(db), ...Array.from({ length: 3 }, () => f.createReviewer(db))]);
const lead = await f.createInstitution(db, { createdByUserId: owner.id });
await f.addMembership(db, { institutionId: lead.id, userId: owner.id, role: "owner" });
const started = Date.now();
const ids = await f.createProgrammes(db, proposals, { leadInstitutionId: lead.id, createdByUserId: owner.id, status: "under_review" });
const seats = await f.addPanels(db, ids, { reviewers: reviewers, chair: chair, assignedBy: admin });
await f.addReviews(db, seats.filter((s) => s.role === "reviewer" && s.reviewerUserId !== reviewers[0]!.id).map((assignment) => ({ assignment })));
console.log(`seeded ${proposals} proposals with panels and ${proposals * 2} reviews in ${((Date.now() - started) / 1000).toFixed(1)} s`);

/**
 * The context the HTTP handler builds (server/trpc/context.ts): the viewer, and for a request of
 * mutations the user's mutation count, read in one wave.
 */
async function caller(user: { id: string; sessionVersion: number }, mutations = 0) {
  const [viewer, mutationQuota] = await Promise.all([loadViewer(db, user.id, user.sessionVersion), mutations ? countMutations(db, { userId: user.id, sessionVersion: user.sessionVersion }, mutations) : undefined]);
  return createCaller({ db, viewer, mutationQuota, meta: { ip: null, userAgent: "bench", locale: "en" }, defer: () => {} });
}

type Case = { name: string; run: () => Promise<unknown>; as: { id: string; sessionVersion: number } };
const target = ids[Math.floor(ids.length / 2)]!;
const draft = await f.createProgramme(db, { leadInstitutionId: lead.id, createdByUserId: owner.id, status: "draft" });
const cases: Case[] = [
  { name: "programmes.byId", as: owner, run: async () => (await caller(owner)).programmes.byId({ programmeId: target }) },
  { name: "programmes.forInstitution", as: owner, run: async () => (await caller(owner)).programmes.forInstitution({ institutionId: lead.id }) },
  { name: "reviews.desk", as: admin, run: async () => (await caller(admin)).reviews.desk() },
  { name: "reviews.suggestPanel", as: admin, run: async () => (await caller(admin)).reviews.suggestPanel({ programmeId: target }) },
  { name: "reviews.myAssignments", as: reviewers[0]!, run: async () => (await caller(reviewers[0]!)).reviews.myAssignments() },
  { name: "reviews.sheet (chair)", as: chair, run: async () => (await caller(chair)).reviews.sheet({ programmeId: target }) },
  { name: "notifications.list", as: owner, run: async () => (await caller(owner)).notifications.list() },
  {
    name: "programmes.update (write)",
    as: owner,
    run: async () => {
      const { programme } = await (await caller(owner)).programmes.byId({ programmeId: draft.id });
      // The request as the HTTP handler serves it: its context (viewer + mutation count), then the call.
      const before = roundTrips.sequential;
      await (await caller(owner, 1)).programmes.update({ programmeId: draft.id, version: programme.version, summary: `Bench summary ${Date.now()} — long enough to be valid.` });
      return roundTrips.sequential - before;
    },
  },
];

const pct = (xs: number[], p: number) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
console.log(`\n${"procedure".padEnd(28)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"round trips".padStart(12)}`);
const rows: BenchRow[] = [];
for (const c of cases) {
  const times: number[] = [];
  let trips = 0;
  for (let i = 0; i < runs; i++) {
    const before = roundTrips.sequential;
    const t0 = performance.now();
    const result = await c.run();
    times.push(performance.now() - t0);
    // A write case counts its own request (context included), not the read that found its version.
    trips = typeof result === "number" ? result : roundTrips.sequential - before;
  }
  rows.push({ measure: c.name, value: `p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, ${trips} round trips`, goal: "≤ 3 round trips", met: trips <= 3 });
  console.log(`${c.name.padEnd(28)} ${pct(times, 50).toFixed(1).padStart(8)} ${pct(times, 95).toFixed(1).padStart(8)} ${String(trips).padStart(12)}`);
}
console.log("\nround trips: sequential database waves per request, the viewer's read included (budget: 3).");
writeSection("proposals", `Proposals and reviews procedures at ${proposals.toLocaleString("en")} proposals (in-process, ${runs} runs each)`, rows);
await handle.close();
await dropDatabase(url);
