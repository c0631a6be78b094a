import { amendAgreement } from "../../agreements/amend-agreement";
import { createAgreement } from "../../agreements/create-agreement";
import { getAgreement } from "../../agreements/get-agreement";
import { listInstitutionAgreements } from "../../agreements/list-institution-agreements";
import { listProgrammeAgreements } from "../../agreements/list-programme-agreements";
import { listTemplates } from "../../agreements/list-templates";
import { recordImpactAssessment } from "../../agreements/record-impact-assessment";
import {
  agreementIdInput,
  agreementVersionInput,
  createAgreementInput,
  institutionAgreementsInput,
  programmeAgreementsInput,
  recordImpactAssessmentInput,
  signAgreementInput,
  terminateAgreementInput,
  updateAgreementInput,
} from "../../agreements/schemas";
import { sendAgreement } from "../../agreements/send-agreement";
import { signAgreement } from "../../agreements/sign-agreement";
import { terminateAgreement } from "../../agreements/terminate-agreement";
import { updateAgreement } from "../../agreements/update-agreement";
import { verifyAgreement } from "../../agreements/verify-agreement";
import { createTRPCRouter, protectedProcedure } from "../init";

export const agreementsRouter = createTRPCRouter({
  templates: protectedProcedure.query(() => listTemplates()),
  create: protectedProcedure.input(createAgreementInput).mutation(({ ctx, input }) => createAgreement(ctx, input)),
  byId: protectedProcedure.input(agreementIdInput).query(({ ctx, input }) => getAgreement(ctx, input)),
  update: protectedProcedure.input(updateAgreementInput).mutation(({ ctx, input }) => updateAgreement(ctx, input)),
  recordImpactAssessment: protectedProcedure.input(recordImpactAssessmentInput).mutation(({ ctx, input }) => recordImpactAssessment(ctx, input)),
  send: protectedProcedure.input(agreementVersionInput).mutation(({ ctx, input }) => sendAgreement(ctx, input)),
  sign: protectedProcedure.input(signAgreementInput).mutation(({ ctx, input }) => signAgreement(ctx, input)),
  terminate: protectedProcedure.input(terminateAgreementInput).mutation(({ ctx, input }) => terminateAgreement(ctx, input)),
  amend: protectedProcedure.input(agreementIdInput).mutation(({ ctx, input }) => amendAgreement(ctx, input)),
  verify: protectedProcedure.input(agreementIdInput).query(({ ctx, input }) => verifyAgreement(ctx, input)),
  forProgramme: protectedProcedure.input(programmeAgreementsInput).query(({ ctx, input }) => listProgrammeAgreements(ctx, input)),
  forInstitution: protectedProcedure.input(institutionAgreementsInput).query(({ ctx, input }) => listInstitutionAgreements(ctx, input)),
});
