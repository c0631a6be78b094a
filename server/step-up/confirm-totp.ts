import { and, eq, isNull } from "drizzle-orm";
import { newId } from "@/db/ids";
import { userRecoveryCodes, userTotp } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { DomainError, invalidFields } from "../errors";
import { backoffVerdict, clearFailures, recordFailure } from "../throttle/backoff";
import { LIMITS } from "../throttle/limits";
import { rateLimited } from "../throttle/rate-limited";
import { commit } from "../workflow/commit";
import { totpOf } from "./queries";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { unseal } from "./secret-box";
import { acceptedStep } from "./totp";

/**
 * Confirms the authenticator app with a first code (proof the secret was stored right) and issues
 * ten recovery codes, returned this once (only their hashes are kept). Wrong codes back off like
 * every other second-factor attempt.
 */
export async function confirmTotp(ctx: UseCaseContext, input: { code: string }) {
  const { db, viewer } = ctx;
  assertCan(viewer, "account.secondFactors");
  const now = new Date();
  const key = { rule: LIMITS.stepUpUser, key: viewer.userId };
  const [totp, backoff] = await Promise.all([totpOf(db, viewer.userId), backoffVerdict(db, [key], now)]);
  if (backoff.limited) throw rateLimited(backoff.retryAfterSeconds);
  if (!totp) throw new DomainError("NOT_FOUND", { what: "totp" });
  if (totp.confirmedAt) throw new DomainError("ALREADY_EXISTS", { what: "totp" });
  const step = acceptedStep(unseal(totp.secretSealed), input.code, now, totp.lastStep);
  if (step === null) {
    await recordFailure(db, key, now);
    throw invalidFields({ code: ["stepUp.wrongProof"] });
  }
  const codes = newRecoveryCodes();
  await commit(db, {
    changes: [
      {
        statement: db
          .update(userTotp)
          .set({ confirmedAt: now, lastStep: step })
          .where(and(eq(userTotp.userId, viewer.userId), isNull(userTotp.confirmedAt), eq(userTotp.secretSealed, totp.secretSealed))),
        expectRows: 1,
      },
      { statement: db.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, viewer.userId)) },
      { statement: db.insert(userRecoveryCodes).values(codes.map((c) => ({ id: newId(), userId: viewer.userId, codeHash: hashRecoveryCode(c) }))) },
      { statement: clearFailures(db, key) },
    ],
    event: {
      action: "user.second_factor_add",
      objectType: "user",
      objectId: viewer.userId,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      changes: { factor: { before: null, after: "totp" } },
      context: { factor: "totp" },
    },
    request: requestFacts(ctx.meta),
  });
  return { recoveryCodes: codes };
}
