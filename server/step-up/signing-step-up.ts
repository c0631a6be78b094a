// The step-up rule of signing: a second factor is required when the platform setting says so or
// when the signatory has enrolled one (then it is always asked: enrolling is opting in). Without
// either, the signature is recorded as made with `none`. A proof given when none is required is
// still checked and recorded.
import type { Executor } from "@/db/client";
import type { SecondFactorKind } from "@/db/schema";
import type { ChangeStep } from "../workflow/commit";
import { hasFactor, loadStepUp, proveStepUp, type StepUpState } from "./prove";
import type { StepUpProof } from "./schemas";
import { signingRequiresSecondFactor } from "./signing-setting";

type SigningState = StepUpState & { requiredByPlatform: boolean; now: Date };

export const signingStepUp = {
  /** Read in the signing's first wave. */
  async load(db: Executor, userId: string, proof: StepUpProof | undefined): Promise<SigningState> {
    const now = new Date();
    const [state, requiredByPlatform] = await Promise.all([loadStepUp(db, userId, proof, now), signingRequiresSecondFactor(db)]);
    return { ...state, requiredByPlatform, now };
  },
  /** The factor to record and the statements that spend the proof (added to the signing's write). */
  async prove(db: Executor, state: SigningState, proof: StepUpProof | undefined): Promise<{ factor: SecondFactorKind; steps: ChangeStep[] }> {
    const required = state.requiredByPlatform || hasFactor(state);
    if (!required && !proof) return { factor: "none", steps: [] };
    return proveStepUp(db, state, proof, state.now);
  },
};
