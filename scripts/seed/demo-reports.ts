// Demo transparency reports: this year's report published, then corrected (a second published
// report superseding the first), and a draft for the current quarter. (The demo data is created
// when the seed runs, so a period that has already ended would hold none of it.) Played through
// the real use cases as the demo admin, so figures, slugs and audit entries are what the app
// writes. Idempotent: nothing is done when this year's report exists. Runs after the
// demo programmes, lifecycle and agreements (scripts/seed.ts), so the figures describe them.
import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { transparencyReports, users } from "../../db/schema";
import { loadViewer } from "../../server/auth/load-viewer";
import type { UseCaseContext } from "../../server/context";
import { createReport } from "../../server/reports/create-report";
import { publishReport } from "../../server/reports/publish-report";
import { updateReport } from "../../server/reports/update-report";
import { DEMO_EMAIL_DOMAIN } from "./demo";

const META = { ip: null, userAgent: "demo-seed", locale: "en" };

/** The calendar quarter `offset` quarters from the one containing `today` (0 = this quarter). */
function quarter(today: Date, offset: number) {
  const index = today.getUTCFullYear() * 4 + Math.floor(today.getUTCMonth() / 3) + offset;
  const year = Math.floor(index / 4);
  const q = index % 4;
  const start = `${year}-${String(q * 3 + 1).padStart(2, "0")}-01`;
  const end = new Date(Date.UTC(year, q * 3 + 3, 0)).toISOString().slice(0, 10);
  return { periodKind: "quarter" as const, periodStart: start, periodEnd: end, label: `Q${q + 1} ${year}` };
}

const NARRATIVE = (label: string) => `## ${label} at a glance

This report gives the platform's figures for ${label}: programmes by state, where they take place and in which sectors, the institutions taking part, how proposals were decided and the data-sharing agreements in force.

Small numbers are shown as "<5" to protect the institutions behind them (see the methodology).`;

export async function seedDemoReports(db: Database): Promise<{ summary: string }> {
  const year = new Date().getUTCFullYear();
  const last = { periodKind: "year" as const, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, label: String(year) };
  const current = quarter(new Date(), 0);
  const [existing] = await db
    .select({ id: transparencyReports.id })
    .from(transparencyReports)
    .where(and(eq(transparencyReports.periodKind, "year"), eq(transparencyReports.periodStart, last.periodStart)))
    .limit(1);
  if (existing) return { summary: "" };

  const [admin] = await db.select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.email, `admin@${DEMO_EMAIL_DOMAIN}`));
  const viewer = admin ? await loadViewer(db, admin.id, admin.sessionVersion) : null;
  if (!viewer) throw new Error(`demo seed: no demo admin admin@${DEMO_EMAIL_DOMAIN} (run seedDemoData first)`);
  // The demo seed sends no email: the admins' "report published" notifications are skipped.
  const ctx: UseCaseContext = { db, viewer, meta: META, defer: () => {} };

  const period = ({ periodKind, periodStart, periodEnd }: { periodKind: "year" | "quarter"; periodStart: string; periodEnd: string }) => ({ periodKind, periodStart, periodEnd });
  const write = async (created: { reportId: string; version: number }, title: string, narrative: string, methodology: string) =>
    updateReport(ctx, { reportId: created.reportId, version: created.version, title, narrative, methodology, ...period(last), suppressionThreshold: 5 });

  // 1. The last quarter, published.
  const first = await createReport(ctx, { title: `Transparency report, ${last.label}`, ...period(last) });
  const [firstRow] = await db.select({ methodology: transparencyReports.methodology }).from(transparencyReports).where(eq(transparencyReports.id, first.reportId));
  const edited = await write(first, `Transparency report, ${last.label}`, NARRATIVE(last.label), firstRow!.methodology);
  await publishReport(ctx, { reportId: edited.reportId, version: edited.version });

  // 2. Its correction (same period, next slug), published: both stay visible and link to each other.
  const correction = await createReport(ctx, { title: `Transparency report, ${last.label} (corrected)`, ...period(last), supersedesReportId: first.reportId });
  const corrected = await write(
    correction,
    `Transparency report, ${last.label} (corrected)`,
    `${NARRATIVE(last.label)}\n\n**Correction.** This edition replaces the first one, whose narrative described the quarter before its figures were final.`,
    firstRow!.methodology,
  );
  await publishReport(ctx, { reportId: corrected.reportId, version: corrected.version });

  // 3. The current quarter, still a draft (its figures are computed live).
  await createReport(ctx, { title: `Transparency report, ${current.label}`, ...period(current) });

  return { summary: `3 transparency reports (${last.label} published and corrected, ${current.label} draft)` };
}
