// Output contracts of the published transparency reports: only public (suppressed) figures.
import { z } from "zod";
import { reportPeriodShape } from "../../open-data/contract-parts";
import { publicFiguresOut } from "../../open-data/figures-contract";

export const publishedReportsOutput = z.object({
  items: z.array(
    z.object({
      ...reportPeriodShape,
      publishedAt: z.date(),
      supersedesSlug: z.string().nullable(),
      supersededBySlug: z.string().nullable(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

const linkedReport = z.object({ slug: z.string(), title: z.string() }).nullable();

export const publishedReportOutput = z.object({
  report: z.object({
    ...reportPeriodShape,
    narrative: z.string(),
    methodology: z.string(),
    suppressionThreshold: z.number(),
    publishedAt: z.date(),
  }),
  figures: publicFiguresOut,
  /** The audit chain's head stored at publication (null for a report published before it was stored). */
  auditHead: z.object({ hash: z.string(), entries: z.number() }).nullable(),
  /** The report's leaf in the public transparency log, rebuilt from its public figures. */
  transparencyLog: z.object({ leafHash: z.string(), figuresSha256: z.string() }),
  supersedes: linkedReport,
  supersededBy: linkedReport,
});
