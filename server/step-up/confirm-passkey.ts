import { verifyRegistrationResponse } from "@simplewebauthn/server";
import { and, eq, gt, isNull } from "drizzle-orm";
import { newId } from "@/db/ids";
import { userPasskeys, webauthnChallenges } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { invalidFields } from "../errors";
import { commit } from "../workflow/commit";
import { liveChallenge } from "./queries";
import type { confirmPasskeyInput } from "./schemas";
import { challengeOf, relyingParty } from "./webauthn";
import type { z } from "zod";

/** Stores a passkey after checking the authenticator's answer to a registration challenge of this user. */
export async function confirmPasskey(ctx: UseCaseContext, input: z.infer<typeof confirmPasskeyInput>) {
  const { db, viewer } = ctx;
  assertCan(viewer, "account.secondFactors");
  const now = new Date();
  const challenge = challengeOf(input.response.response.clientDataJSON);
  const row = challenge ? await liveChallenge(db, viewer.userId, "register", challenge, now) : null;
  const refused = () => invalidFields({ passkey: ["stepUp.passkeyRefused"] });
  if (!row || !challenge) throw refused();
  const rp = relyingParty();
  let verified;
  try {
    verified = await verifyRegistrationResponse({ response: input.response, expectedChallenge: challenge, expectedOrigin: rp.origin, expectedRPID: rp.rpID, requireUserVerification: true });
  } catch {
    throw refused();
  }
  if (!verified.verified) throw refused();
  const credential = verified.registrationInfo.credential;
  const id = newId();
  await commit(db, {
    changes: [
      {
        statement: db.update(webauthnChallenges).set({ usedAt: now }).where(and(eq(webauthnChallenges.id, row.id), isNull(webauthnChallenges.usedAt), gt(webauthnChallenges.expiresAt, now))),
        expectRows: 1,
        refusal: refused,
      },
      {
        statement: db.insert(userPasskeys).values({
          id,
          userId: viewer.userId,
          credentialId: credential.id,
          publicKey: Buffer.from(credential.publicKey).toString("base64url"),
          counter: credential.counter,
          transports: credential.transports ?? [],
        }),
      },
    ],
    event: {
      action: "user.second_factor_add",
      objectType: "user",
      objectId: viewer.userId,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      changes: { factor: { before: null, after: "passkey" } },
      context: { factor: "passkey", passkeyId: id },
    },
    request: requestFacts(ctx.meta),
    onDuplicate: refused,
  });
  return { passkeyId: id };
}
