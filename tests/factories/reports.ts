// Transparency reports written straight to the database (a draft, or a published report with
// frozen figures), and periods that no other test uses (slugs are unique across the shared DB).
import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { newId } from "../../db/ids";
import { agreements, participations, transparencyReports, type AgreementStatus, type ParticipationStatus } from "../../db/schema";
import type { ReportFigures } from "../../server/reports/figures";
import { DEFAULT_METHODOLOGY } from "../../server/reports/methodology";
import { periodSlug } from "../../server/reports/slug";

export type Report = typeof transparencyReports.$inferSelect;
export type ReportOverrides = Partial<typeof transparencyReports.$inferInsert> & { createdByUserId: string };

const pad = (n: number) => String(n).padStart(2, "0");

/** A custom period of one to four weeks in a random far-future year: its slug is free in the shared database. */
export function uniquePeriod() {
  const year = 2200 + Math.floor(Math.random() * 7000);
  const month = 1 + Math.floor(Math.random() * 12);
  const day = 1 + Math.floor(Math.random() * 28);
  const start = `${year}-${pad(month)}-${pad(day)}`;
  const end = new Date(Date.parse(`${start}T00:00:00Z`) + (7 + Math.floor(Math.random() * 21)) * 86_400_000).toISOString().slice(0, 10);
  return { periodKind: "custom" as const, periodStart: start, periodEnd: end };
}

/** A figures object with every list empty and every count zero, for a report's period. */
export function emptyFigures(start: string, end: string, threshold = 5): ReportFigures {
  const none = { total: 0 };
  return {
    formatVersion: 1,
    period: { start, end },
    computedAt: new Date().toISOString(),
    threshold,
    programmes: { ...none, byStatus: [], approvedTotal: 0, byWorkingArea: [], bySector: [], byMechanism: [], byRegion: [], byHubCountry: [] },
    institutions: { ...none, byCountry: [], byType: [] },
    participation: { applicationsTotal: 0, applicationsByStatus: [], institutionsParticipating: 0 },
    decisions: { ...none, byOutcome: [], approvalRate: null, approvalRateDenominator: 0, medianDaysToDecision: null, medianN: 0 },
    reviews: { recusals: 0 },
    agreements: { inForce: 0, flows: [] },
    budgets: { byWorkingArea: [], bySide: [] },
  };
}

/** Inserts a report: a draft by default; a published one gets `figures` (empty figures unless given) and publishedAt. */
export async function createReport(db: Executor, overrides: ReportOverrides): Promise<Report> {
  const period = uniquePeriod();
  const kind = overrides.periodKind ?? period.periodKind;
  const start = overrides.periodStart ?? period.periodStart;
  const end = overrides.periodEnd ?? period.periodEnd;
  const status = overrides.status ?? "draft";
  const id = overrides.id ?? newId();
  await db.insert(transparencyReports).values({
    slug: periodSlug(kind, start, end),
    title: `Transparency report ${start} to ${end}`,
    narrative: "A test narrative.",
    methodology: DEFAULT_METHODOLOGY,
    figures: status === "published" ? emptyFigures(start, end, overrides.suppressionThreshold ?? 5) : null,
    publishedAt: status === "published" ? new Date() : null,
    publishedByUserId: status === "published" ? overrides.createdByUserId : null,
    ...overrides,
    id,
    status,
    periodKind: kind,
    periodStart: start,
    periodEnd: end,
  });
  const [row] = await db.select().from(transparencyReports).where(eq(transparencyReports.id, id));
  if (!row) throw new Error(`createReport: report ${id} was not stored`);
  return row;
}

/** An application in any state (decided ones get decidedAt now). */
export async function addParticipation(db: Executor, input: { programmeId: string; institutionId: string; appliedByUserId: string; status: ParticipationStatus }) {
  const decided = input.status !== "pending" && input.status !== "withdrawn";
  await db.insert(participations).values({
    id: newId(),
    motivation: "We would like to take part.",
    contactName: "Contact Person",
    contactEmail: "contact@example.test",
    decidedAt: decided ? new Date() : null,
    decidedByUserId: decided ? input.appliedByUserId : null,
    ...input,
  });
}

/** An agreement row in a given state with the given transfers (only what the figures read). */
export async function addAgreement(
  db: Executor,
  input: { programmeId: string; createdByUserId: string; status: AgreementStatus; transfers: { fromCountry: string; toCountry: string }[]; inForceAt?: Date | null; endedAt?: Date | null; expiryDate?: string | null },
) {
  const id = newId();
  await db.insert(agreements).values({
    id,
    reference: `T-${id.slice(0, 14)}`,
    programmeId: input.programmeId,
    status: input.status,
    title: "A data-sharing agreement",
    content: { transfers: input.transfers.map((t) => ({ ...t, safeguard: "standard_contract" })) },
    createdByUserId: input.createdByUserId,
    inForceAt: input.inForceAt ?? (input.status === "draft" ? null : new Date()),
    endedAt: input.endedAt ?? null,
    expiryDate: input.expiryDate ?? null,
  });
  return id;
}
