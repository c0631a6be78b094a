import { createReport } from "../../reports/create-report";
import { getPublishedReport, getReportForAdmin } from "../../reports/get-report";
import { listPublishedReports, listReportsForAdmin } from "../../reports/list-reports";
import { liveFigures } from "../../reports/live-figures";
import { publishReport } from "../../reports/publish-report";
import { createReportInput, liveFiguresInput, publishedReportsInput, reportIdInput, reportSlugInput, reportVersionInput, updateReportInput } from "../../reports/schemas";
import { updateReport } from "../../reports/update-report";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../init";
import { publishedReportOutput, publishedReportsOutput } from "../outputs/reports";

export const reportsRouter = createTRPCRouter({
  create: protectedProcedure.input(createReportInput).mutation(({ ctx, input }) => createReport(ctx, input)),
  update: protectedProcedure.input(updateReportInput).mutation(({ ctx, input }) => updateReport(ctx, input)),
  publish: protectedProcedure.input(reportVersionInput).mutation(({ ctx, input }) => publishReport(ctx, input)),
  adminList: protectedProcedure.query(({ ctx }) => listReportsForAdmin(ctx)),
  adminById: protectedProcedure.input(reportIdInput).query(({ ctx, input }) => getReportForAdmin(ctx, input)),
  liveFigures: protectedProcedure.input(liveFiguresInput).query(({ ctx, input }) => liveFigures(ctx, input)),
  published: publicProcedure.input(publishedReportsInput).output(publishedReportsOutput).query(({ ctx, input }) => listPublishedReports(ctx, input)),
  bySlug: publicProcedure.input(reportSlugInput).output(publishedReportOutput).query(({ ctx, input }) => getPublishedReport(ctx, input)),
});
