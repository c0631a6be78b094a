import { z } from "zod";
import { confirmPasskey } from "../../step-up/confirm-passkey";
import { confirmTotp } from "../../step-up/confirm-totp";
import { myFactors } from "../../step-up/my-factors";
import { passkeyOptions } from "../../step-up/passkey-options";
import { removeFactor } from "../../step-up/remove-factor";
import { confirmPasskeyInput, confirmTotpInput, removeFactorInput, setSigningStepUpInput } from "../../step-up/schemas";
import { setSigningStepUp } from "../../step-up/set-signing-step-up";
import { startTotp } from "../../step-up/start-totp";
import { createTRPCRouter, permittedProcedure, protectedProcedure } from "../init";

/** Second factors of the signed-in user, and the platform's rule for signing (server/step-up/). */
export const stepUpRouter = createTRPCRouter({
  mine: protectedProcedure.query(({ ctx }) => myFactors(ctx.db, ctx.viewer.userId)),
  startTotp: permittedProcedure("account.secondFactors").mutation(({ ctx }) => startTotp(ctx)),
  confirmTotp: permittedProcedure("account.secondFactors").input(confirmTotpInput).mutation(({ ctx, input }) => confirmTotp(ctx, input)),
  passkeyOptions: permittedProcedure("account.secondFactors")
    .input(z.object({ purpose: z.enum(["register", "sign"]) }))
    .mutation(({ ctx, input }) => passkeyOptions(ctx, input)),
  confirmPasskey: permittedProcedure("account.secondFactors").input(confirmPasskeyInput).mutation(({ ctx, input }) => confirmPasskey(ctx, input)),
  removeFactor: permittedProcedure("account.secondFactors").input(removeFactorInput).mutation(({ ctx, input }) => removeFactor(ctx, input)),
  setSigningRule: permittedProcedure("platform.signingStepUp").input(setSigningStepUpInput).mutation(({ ctx, input }) => setSigningStepUp(ctx, input)),
});
