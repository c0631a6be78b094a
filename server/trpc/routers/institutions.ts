import { changeInstitutionStatus } from "../../institutions/change-institution-status";
import { getInstitution } from "../../institutions/get-institution";
import { listInstitutionDirectory, listVerificationQueue } from "../../institutions/list-institutions";
import { registerInstitution } from "../../institutions/register-institution";
import {
  directoryFilters,
  institutionEventInput,
  institutionIdInput,
  registerInstitutionInput,
  updateInstitutionInput,
} from "../../institutions/schemas";
import { updateInstitution } from "../../institutions/update-institution";
import { createTRPCRouter, permittedProcedure, protectedProcedure, publicProcedure } from "../init";
import { directoryOutput, institutionByIdOutput } from "../outputs/directory";

export const institutionsRouter = createTRPCRouter({
  directory: publicProcedure.input(directoryFilters).output(directoryOutput).query(({ ctx, input }) => listInstitutionDirectory(ctx, input)),
  byId: publicProcedure.input(institutionIdInput).output(institutionByIdOutput).query(({ ctx, input }) => getInstitution(ctx, input.institutionId)),
  register: protectedProcedure.input(registerInstitutionInput).mutation(({ ctx, input }) => registerInstitution(ctx, input)),
  update: protectedProcedure.input(updateInstitutionInput).mutation(({ ctx, input }) => updateInstitution(ctx, input)),
  verificationQueue: permittedProcedure("institution.reviewQueue").query(({ ctx }) => listVerificationQueue(ctx)),
  changeStatus: protectedProcedure.input(institutionEventInput).mutation(({ ctx, input }) => changeInstitutionStatus(ctx, input)),
});
