// The step-up rows of the authorization matrix (see support/matrix.ts). Second factors are a
// person's own: every signed-in persona — the suspended institution's owner and the revoked
// reviewer included — manages their own; only an admin sets the platform's signing rule. Inputs
// are valid for whichever persona calls: the factory gives EVERY person of the world the same
// pending or confirmed authenticator app, or the same registration challenge.
import { newId } from "../../../db/ids";
import { userTotp, webauthnChallenges } from "../../../db/schema";
import { seal } from "../../../server/step-up/secret-box";
import { newTotpSecret } from "../../../server/step-up/totp";
import { newChallenge, relyingParty, CHALLENGE_TTL_MS } from "../../../server/step-up/webauthn";
import { adminOnly, signedInOnly, type WorkflowMatrix } from "./matrix";
import { attest, newAuthenticator } from "./software-authenticator";
import { codeFor } from "./step-up";
import type { World } from "./world";

const everyone = (w: World) => Object.values(w.people);

async function everyoneHasApp(w: World, confirmed: boolean) {
  const secret = newTotpSecret();
  await w.db.insert(userTotp).values(everyone(w).map((p) => ({ userId: p.id, secretSealed: seal(secret), confirmedAt: confirmed ? new Date() : null })));
  return secret;
}

export const STEP_UP_MATRIX: WorkflowMatrix = {
  matrix: {
    "stepUp.mine": signedInOnly,
    "stepUp.startTotp": signedInOnly,
    "stepUp.confirmTotp": signedInOnly,
    "stepUp.passkeyOptions": signedInOnly,
    "stepUp.confirmPasskey": signedInOnly,
    "stepUp.removeFactor": signedInOnly,
    "stepUp.setSigningRule": adminOnly,
  },
  inputs: {
    "stepUp.mine": () => undefined,
    "stepUp.startTotp": () => undefined,
    "stepUp.confirmTotp": async (w) => ({ code: codeFor(await everyoneHasApp(w, false)) }),
    "stepUp.passkeyOptions": () => ({ purpose: "register" }),
    "stepUp.confirmPasskey": async (w) => {
      const challenge = newChallenge().text;
      const expiresAt = new Date(Date.now() + CHALLENGE_TTL_MS);
      await w.db.insert(webauthnChallenges).values(everyone(w).map((p) => ({ id: newId(), userId: p.id, purpose: "register" as const, challenge, expiresAt })));
      return { response: attest(newAuthenticator(), { challenge, ...relyingParty() }) };
    },
    "stepUp.removeFactor": async (w) => ({ factor: "totp", proof: { kind: "code", code: codeFor(await everyoneHasApp(w, true)) } }),
    // Off, as every other test expects: a successful call changes nothing for them.
    "stepUp.setSigningRule": () => ({ required: false }),
  },
};
