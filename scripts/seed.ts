// Loads the reference data and, unless --reference-only, the demo data. Safe to run repeatedly.
// Usage: tsx scripts/seed.ts [--reference-only]
import { configFromEnv, createDb } from "../db/client";
import { loadReferenceData } from "../db/reference/load";
import { DEMO_PASSWORD, seedDemoData } from "./seed/demo";
import { seedDemoProgrammes } from "./seed/demo-programmes";
import { seedDemoLifecycle } from "./seed/demo-lifecycle";
import { seedDemoAgreements } from "./seed/demo-agreements";
import { seedDemoReports } from "./seed/demo-reports";
import { seedDemoMatching } from "./seed/demo-matching";
import { seedDemoCoauthoring } from "./seed/demo-coauthoring";
import { seedDemoDiscussions } from "./seed/demo-discussions";
import { ensureDefaultRubric } from "../server/reviews/rubric";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--reference-only");
if (unknown.length > 0) {
  console.error(`unknown argument ${unknown.join(" ")}\nusage: tsx scripts/seed.ts [--reference-only]`);
  process.exit(2);
}
const referenceOnly = args.includes("--reference-only");
// Demo accounts share a published password: never on a production deployment.
if (!referenceOnly && process.env.DEPLOYMENT_ENV === "production") {
  console.error("refusing to load demo data when DEPLOYMENT_ENV=production (use --reference-only)");
  process.exit(2);
}

const handle = createDb(configFromEnv());
try {
  const ref = await loadReferenceData(handle.db);
  await ensureDefaultRubric(handle.db);
  let line = `reference data: ${ref.countries} countries, ${ref.mechanisms} mechanisms, ${ref.sectors} sectors, ${ref.transferRules} transfer rules, review rubric`;
  if (!referenceOnly) {
    const demo = await seedDemoData(handle.db);
    const proposals = await seedDemoProgrammes(handle.db);
    // In this order: programmes run with participants, then their agreements, then reports about all of it.
    const later = [await seedDemoLifecycle(handle.db), await seedDemoAgreements(handle.db), await seedDemoReports(handle.db), await seedDemoMatching(handle.db), await seedDemoCoauthoring(handle.db), await seedDemoDiscussions(handle.db)];
    line +=
      `; demo data: ${demo.usersCreated} users, ${demo.institutionsCreated} institutions, ` +
      `${demo.membershipsCreated} memberships, ${demo.auditEntries} audit entries, ` +
      `${proposals.programmesCreated} proposals, ${proposals.notificationsCreated} notifications added (password ${DEMO_PASSWORD})` +
      later.map((l) => (l.summary ? `; ${l.summary}` : "")).join("");
  }
  console.log(line);
} finally {
  await handle.close();
}
