import { createProgramme } from "../../programmes/create-programme";
import { getProgramme } from "../../programmes/get-programme";
import { getRevisionDiff } from "../../programmes/get-revision-diff";
import { listInstitutionProposals } from "../../programmes/list-programmes";
import { cancelProgramme } from "../../programmes/cancel-programme";
import { completeProgramme } from "../../programmes/complete-programme";
import { publishProgramme } from "../../programmes/publish-programme";
import {
  cancelProgrammeInput,
  completeProgrammeInput,
  createProgrammeInput,
  programmeIdInput,
  programmeLifecycleInput,
  programmeVersionInput,
  revisionDiffInput,
  setFlagshipInput,
  updateProgrammeInput,
} from "../../programmes/schemas";
import { setFlagshipProgramme } from "../../programmes/set-flagship-programme";
import { startProgramme } from "../../programmes/start-programme";
import { submitProgramme } from "../../programmes/submit-programme";
import { updateProgramme } from "../../programmes/update-programme";
import { withdrawProgramme } from "../../programmes/withdraw-programme";
import { institutionIdInput } from "../../institutions/schemas";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../init";
import { programmeByIdOutput } from "../outputs/programmes";

export const programmesRouter = createTRPCRouter({
  create: protectedProcedure.input(createProgrammeInput).mutation(({ ctx, input }) => createProgramme(ctx, input)),
  update: protectedProcedure.input(updateProgrammeInput).mutation(({ ctx, input }) => updateProgramme(ctx, input)),
  submit: protectedProcedure.input(programmeVersionInput).mutation(({ ctx, input }) => submitProgramme(ctx, input)),
  withdraw: protectedProcedure.input(programmeVersionInput).mutation(({ ctx, input }) => withdrawProgramme(ctx, input)),
  publish: protectedProcedure.input(programmeLifecycleInput).mutation(({ ctx, input }) => publishProgramme(ctx, input)),
  start: protectedProcedure.input(programmeLifecycleInput).mutation(({ ctx, input }) => startProgramme(ctx, input)),
  complete: protectedProcedure.input(completeProgrammeInput).mutation(({ ctx, input }) => completeProgramme(ctx, input)),
  cancel: protectedProcedure.input(cancelProgrammeInput).mutation(({ ctx, input }) => cancelProgramme(ctx, input)),
  setFlagship: protectedProcedure.input(setFlagshipInput).mutation(({ ctx, input }) => setFlagshipProgramme(ctx, input)),
  byId: publicProcedure.input(programmeIdInput).output(programmeByIdOutput).query(({ ctx, input }) => getProgramme(ctx, input.programmeId)),
  revisionDiff: protectedProcedure.input(revisionDiffInput).query(({ ctx, input }) => getRevisionDiff(ctx, input)),
  forInstitution: protectedProcedure.input(institutionIdInput).query(({ ctx, input }) => listInstitutionProposals(ctx, input.institutionId)),
});
