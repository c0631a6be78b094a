import { and, eq } from "drizzle-orm";
import { userPasskeys, userRecoveryCodes, userTotp } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { notFound } from "../errors";
import { commit } from "../workflow/commit";
import { loadStepUp, proveStepUp } from "./prove";
import type { StepUpProof } from "./schemas";

/**
 * Removes the authenticator app (with its recovery codes) or one passkey. Requires a fresh proof
 * of a current factor, spent in the same write: a stolen session alone cannot drop the
 * protection of signatures.
 */
export async function removeFactor(ctx: UseCaseContext, input: { factor: "totp" | "passkey"; passkeyId?: string; proof: StepUpProof }) {
  const { db, viewer } = ctx;
  assertCan(viewer, "account.secondFactors");
  const now = new Date();
  const state = await loadStepUp(db, viewer.userId, input.proof, now);
  const passkey = input.factor === "passkey" ? state.passkeys.find((p) => p.id === input.passkeyId) : undefined;
  if (input.factor === "totp" ? !state.totp?.confirmedAt : !passkey) throw notFound(input.factor);
  const proved = await proveStepUp(db, state, input.proof, now);
  const removal =
    input.factor === "totp"
      ? [
          { statement: db.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, viewer.userId)) },
          { statement: db.delete(userTotp).where(eq(userTotp.userId, viewer.userId)), expectRows: 1 },
        ]
      : [{ statement: db.delete(userPasskeys).where(and(eq(userPasskeys.id, passkey!.id), eq(userPasskeys.userId, viewer.userId))), expectRows: 1 }];
  await commit(db, {
    // The proof is spent first: its own guard refuses a replay before anything is removed.
    changes: [...proved.steps, ...removal],
    event: {
      action: "user.second_factor_remove",
      objectType: "user",
      objectId: viewer.userId,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      changes: { factor: { before: input.factor, after: null } },
      context: { factor: input.factor, ...(passkey ? { passkeyId: passkey.id } : {}), provedWith: proved.factor },
    },
    request: requestFacts(ctx.meta),
  });
  return { ok: true };
}
