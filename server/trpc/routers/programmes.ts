import { createProgramme } from "../../programmes/create-programme";
import { getProgramme } from "../../programmes/get-programme";
import { getRevisionDiff } from "../../programmes/get-revision-diff";
import { listInstitutionProposals } from "../../programmes/list-programmes";
import { createProgrammeInput, programmeIdInput, programmeVersionInput, revisionDiffInput, updateProgrammeInput } from "../../programmes/schemas";
import { submitProgramme } from "../../programmes/submit-programme";
import { updateProgramme } from "../../programmes/update-programme";
import { withdrawProgramme } from "../../programmes/withdraw-programme";
import { institutionIdInput } from "../../institutions/schemas";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../init";

export const programmesRouter = createTRPCRouter({
  create: protectedProcedure.input(createProgrammeInput).mutation(({ ctx, input }) => createProgramme(ctx, input)),
  update: protectedProcedure.input(updateProgrammeInput).mutation(({ ctx, input }) => updateProgramme(ctx, input)),
  submit: protectedProcedure.input(programmeVersionInput).mutation(({ ctx, input }) => submitProgramme(ctx, input)),
  withdraw: protectedProcedure.input(programmeVersionInput).mutation(({ ctx, input }) => withdrawProgramme(ctx, input)),
  byId: publicProcedure.input(programmeIdInput).query(({ ctx, input }) => getProgramme(ctx, input.programmeId)),
  revisionDiff: protectedProcedure.input(revisionDiffInput).query(({ ctx, input }) => getRevisionDiff(ctx, input)),
  forInstitution: protectedProcedure.input(institutionIdInput).query(({ ctx, input }) => listInstitutionProposals(ctx, input.institutionId)),
});
