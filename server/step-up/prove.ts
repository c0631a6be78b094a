// Checking a second-factor proof at the moment of an act that needs one (signing, removing a
// factor). Loading is one wave issued with the caller's own first wave; consuming the proof is a
// set of guarded statements the caller adds to its one atomic write, so a code or a passkey
// challenge is spent exactly once even when two requests race.
import { verifyAuthenticationResponse } from "@simplewebauthn/server";
import { and, eq, gt, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { userPasskeys, userRecoveryCodes, userTotp, webauthnChallenges, type SecondFactorKind } from "@/db/schema";
import { invalidFields } from "../errors";
import { backoffVerdict, clearFailures, recordFailure, type BackoffKey } from "../throttle/backoff";
import { LIMITS } from "../throttle/limits";
import { rateLimited } from "../throttle/rate-limited";
import type { ChangeStep } from "../workflow/commit";
import { liveChallenge, passkeysOf, totpOf, unusedRecoveryCode, type PasskeyRow, type TotpRow } from "./queries";
import { hashRecoveryCode } from "./recovery-codes";
import type { StepUpProof } from "./schemas";
import { unseal } from "./secret-box";
import { acceptedStep, looksLikeTotp } from "./totp";
import { challengeOf, relyingParty } from "./webauthn";

export type StepUpState = {
  userId: string;
  totp: TotpRow | null;
  passkeys: PasskeyRow[];
  recoveryCode: { id: string } | null;
  challenge: { id: string } | null;
  limited: number | null;
};

const stepUpKey = (userId: string): BackoffKey => ({ rule: LIMITS.stepUpUser, key: userId });

/** Whether the user has a factor to prove (a confirmed authenticator app or a passkey). */
export const hasFactor = (s: Pick<StepUpState, "totp" | "passkeys">) => Boolean(s.totp?.confirmedAt) || s.passkeys.length > 0;

/** Everything needed to check `proof`, read in one wave (parallel statements). */
export async function loadStepUp(db: Executor, userId: string, proof: StepUpProof | undefined, now: Date): Promise<StepUpState> {
  const code = proof?.kind === "code" && !looksLikeTotp(proof.code) ? proof.code : null;
  const challenge = proof?.kind === "passkey" ? challengeOf(proof.response.response.clientDataJSON) : null;
  const [totp, passkeys, recoveryCode, challengeRow, backoff] = await Promise.all([
    totpOf(db, userId),
    passkeysOf(db, userId),
    code ? unusedRecoveryCode(db, userId, hashRecoveryCode(code)) : null,
    challenge ? liveChallenge(db, userId, "sign", challenge, now) : null,
    backoffVerdict(db, [stepUpKey(userId)], now),
  ]);
  return { userId, totp, passkeys, recoveryCode, challenge: challengeRow, limited: backoff.limited ? backoff.retryAfterSeconds : null };
}

const refused = (key: string) => invalidFields({ proof: [key] });

/** The factor proved and the statements that spend the proof; throws a field error (and counts a failure) when it is not valid. */
export async function proveStepUp(db: Executor, state: StepUpState, proof: StepUpProof | undefined, now: Date): Promise<{ factor: SecondFactorKind; steps: ChangeStep[] }> {
  if (state.limited !== null) throw rateLimited(state.limited);
  if (!proof) throw refused(hasFactor(state) ? "stepUp.proofRequired" : "stepUp.enrolFirst");
  const verdict = await check(db, state, proof, now);
  if (!verdict) {
    await recordFailure(db, stepUpKey(state.userId), now);
    throw refused("stepUp.wrongProof");
  }
  return { factor: verdict.factor, steps: [...verdict.steps, { statement: clearFailures(db, stepUpKey(state.userId)) }] };
}

type Verdict = { factor: SecondFactorKind; steps: ChangeStep[] } | null;
const replayed = () => refused("stepUp.proofUsed");

async function check(db: Executor, state: StepUpState, proof: StepUpProof, now: Date): Promise<Verdict> {
  if (proof.kind === "code" && looksLikeTotp(proof.code)) return checkTotp(db, state, proof.code, now);
  if (proof.kind === "code") return checkRecoveryCode(db, state, now);
  return checkPasskey(db, state, proof, now);
}

function checkTotp(db: Executor, state: StepUpState, code: string, now: Date): Verdict {
  const totp = state.totp;
  if (!totp?.confirmedAt) return null;
  const step = acceptedStep(unseal(totp.secretSealed), code, now, totp.lastStep);
  if (step === null) return null;
  const spend = db
    .update(userTotp)
    .set({ lastStep: step })
    // A later step only: the same code (or an older one) used twice at once passes once.
    .where(and(eq(userTotp.userId, state.userId), isNotNull(userTotp.confirmedAt), or(isNull(userTotp.lastStep), lt(userTotp.lastStep, step))));
  return { factor: "totp", steps: [{ statement: spend, expectRows: 1, refusal: replayed }] };
}

function checkRecoveryCode(db: Executor, state: StepUpState, now: Date): Verdict {
  if (!state.recoveryCode || !state.totp?.confirmedAt) return null;
  const spend = db
    .update(userRecoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(userRecoveryCodes.id, state.recoveryCode.id), isNull(userRecoveryCodes.usedAt)));
  return { factor: "recovery_code", steps: [{ statement: spend, expectRows: 1, refusal: replayed }] };
}

async function checkPasskey(db: Executor, state: StepUpState, proof: Extract<StepUpProof, { kind: "passkey" }>, now: Date): Promise<Verdict> {
  const passkey = state.passkeys.find((p) => p.credentialId === proof.response.id);
  const challenge = challengeOf(proof.response.response.clientDataJSON);
  if (!passkey || !state.challenge || !challenge) return null;
  const rp = relyingParty();
  let result;
  try {
    result = await verifyAuthenticationResponse({
      response: proof.response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      credential: { id: passkey.credentialId, publicKey: new Uint8Array(Buffer.from(passkey.publicKey, "base64url")), counter: passkey.counter, transports: passkey.transports },
      requireUserVerification: true,
    });
  } catch {
    return null;
  }
  if (!result.verified) return null;
  const spendChallenge = db
    .update(webauthnChallenges)
    .set({ usedAt: now })
    .where(and(eq(webauthnChallenges.id, state.challenge.id), isNull(webauthnChallenges.usedAt), gt(webauthnChallenges.expiresAt, now)));
  const counter = db
    .update(userPasskeys)
    .set({ counter: sql`greatest(${userPasskeys.counter}, ${result.authenticationInfo.newCounter})` })
    .where(eq(userPasskeys.id, passkey.id));
  return { factor: "passkey", steps: [{ statement: spendChallenge, expectRows: 1, refusal: replayed }, { statement: counter }] };
}
