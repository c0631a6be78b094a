import { applyToProgramme } from "../../participation/apply-to-programme";
import { decideApplication } from "../../participation/decide-application";
import { leaveProgramme } from "../../participation/leave-programme";
import { listApplicationsAwaitingDecision } from "../../participation/list-awaiting-decision";
import { listInstitutionApplications } from "../../participation/list-for-institution";
import { listProgrammeApplications } from "../../participation/list-for-programme";
import {
  applyInput,
  decideParticipationInput,
  leaveParticipationInput,
  participationInstitutionInput,
  participationProgrammeInput,
  withdrawParticipationInput,
} from "../../participation/schemas";
import { withdrawApplication } from "../../participation/withdraw-application";
import { createTRPCRouter, protectedProcedure } from "../init";

// `apply` is a reserved word in tRPC routers (it would shadow Function.prototype.apply on the
// client proxy): the application procedure is `participation.applyTo`.
export const participationRouter = createTRPCRouter({
  applyTo: protectedProcedure.input(applyInput).mutation(({ ctx, input }) => applyToProgramme(ctx, input)),
  decide: protectedProcedure.input(decideParticipationInput).mutation(({ ctx, input }) => decideApplication(ctx, input)),
  withdraw: protectedProcedure.input(withdrawParticipationInput).mutation(({ ctx, input }) => withdrawApplication(ctx, input)),
  leave: protectedProcedure.input(leaveParticipationInput).mutation(({ ctx, input }) => leaveProgramme(ctx, input)),
  forProgramme: protectedProcedure.input(participationProgrammeInput).query(({ ctx, input }) => listProgrammeApplications(ctx, input)),
  forInstitution: protectedProcedure.input(participationInstitutionInput).query(({ ctx, input }) => listInstitutionApplications(ctx, input)),
  awaitingDecision: protectedProcedure.input(participationInstitutionInput).query(({ ctx, input }) => listApplicationsAwaitingDecision(ctx, input)),
});
