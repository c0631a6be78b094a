import { requestPasswordReset } from "../../accounts/request-password-reset";
import { resetPassword } from "../../accounts/reset-password";
import { changePassword } from "../../accounts/change-password";
import { confirmEmailChange } from "../../accounts/confirm-email-change";
import { requestEmailChange } from "../../accounts/request-email-change";
import { resendVerification } from "../../accounts/resend-verification";
import { updateProfile } from "../../accounts/update-profile";
import { changePasswordInput, requestEmailChangeInput, updateProfileInput, requestPasswordResetInput, resendVerificationInput, resetPasswordInput, signUpInput, tokenInput } from "../../accounts/schemas";
import { signOutEverywhere } from "../../accounts/sign-out-everywhere";
import { signUp } from "../../accounts/sign-up";
import { verifyEmail } from "../../accounts/verify-email";
import { listMyMemberships } from "../../memberships/list-memberships";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../init";
import { emailChangeRequestOutput, ownEmailOutput, passwordResetRequestOutput, signUpOutput } from "../outputs/account";

export const accountRouter = createTRPCRouter({
  signUp: publicProcedure.input(signUpInput).output(signUpOutput).mutation(({ ctx, input }) => signUp(ctx, input)),
  verifyEmail: publicProcedure.input(tokenInput).output(ownEmailOutput).mutation(({ ctx, input }) => verifyEmail(ctx, input)),
  requestPasswordReset: publicProcedure.input(requestPasswordResetInput).output(passwordResetRequestOutput).mutation(({ ctx, input }) => requestPasswordReset(ctx, input)),
  resendVerification: publicProcedure.input(resendVerificationInput).output(passwordResetRequestOutput).mutation(({ ctx, input }) => resendVerification(ctx, input)),
  resetPassword: publicProcedure.input(resetPasswordInput).output(ownEmailOutput).mutation(({ ctx, input }) => resetPassword(ctx, input)),
  me: protectedProcedure.query(({ ctx }) => ({
    userId: ctx.viewer.userId,
    name: ctx.viewer.name,
    email: ctx.viewer.email,
    roles: ctx.viewer.roles,
    memberships: ctx.viewer.memberships,
  })),
  myMemberships: protectedProcedure.query(({ ctx }) => listMyMemberships(ctx)),
  signOutEverywhere: protectedProcedure.mutation(({ ctx }) => signOutEverywhere(ctx)),
  updateProfile: protectedProcedure.input(updateProfileInput).mutation(({ ctx, input }) => updateProfile(ctx, input)),
  changePassword: protectedProcedure.input(changePasswordInput).mutation(({ ctx, input }) => changePassword(ctx, input)),
  requestEmailChange: protectedProcedure.input(requestEmailChangeInput).output(emailChangeRequestOutput).mutation(({ ctx, input }) => requestEmailChange(ctx, input)),
  confirmEmailChange: publicProcedure.input(tokenInput).output(ownEmailOutput).mutation(({ ctx, input }) => confirmEmailChange(ctx, input)),
});
