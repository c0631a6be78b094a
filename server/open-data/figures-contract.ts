// The public (suppressed) figures of a transparency report, as the page, bySlug, the JSON and
// the CSV show them: a count is a number or "<N" (below the report's threshold N).
import { z } from "zod";

const cell = z.union([z.number(), z.templateLiteral(["<", z.number()])]);
const bucket = z.object({ key: z.string(), name: z.string().optional(), count: cell });
const budgetRow = z.object({ key: z.string(), currency: z.string(), amount: z.number().nullable(), programmes: cell });
const flowRow = z.object({ from: z.string(), to: z.string(), count: cell });

export const publicFiguresOut = z.object({
  formatVersion: z.literal(1),
  period: z.object({ start: z.string(), end: z.string() }),
  computedAt: z.string(),
  threshold: z.number(),
  programmes: z.object({
    total: cell,
    byStatus: z.array(bucket),
    approvedTotal: cell,
    byWorkingArea: z.array(bucket),
    bySector: z.array(bucket),
    byMechanism: z.array(bucket),
    byRegion: z.array(bucket),
    byHubCountry: z.array(bucket),
  }),
  institutions: z.object({ total: cell, byCountry: z.array(bucket), byType: z.array(bucket) }),
  participation: z.object({ applicationsTotal: cell, applicationsByStatus: z.array(bucket), institutionsParticipating: cell }),
  decisions: z.object({
    total: cell,
    byOutcome: z.array(bucket),
    approvalRate: z.number().nullable(),
    approvalRateDenominator: cell,
    medianDaysToDecision: z.number().nullable(),
    medianN: cell,
  }),
  reviews: z.object({ recusals: cell }),
  agreements: z.object({ inForce: cell, flows: z.array(flowRow) }),
  budgets: z.object({ byWorkingArea: z.array(budgetRow), bySide: z.array(budgetRow) }),
});
