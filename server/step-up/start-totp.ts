import { sql } from "drizzle-orm";
import QRCode from "qrcode";
import { userTotp } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { DomainError } from "../errors";
import { commit } from "../workflow/commit";
import { totpOf } from "./queries";
import { seal } from "./secret-box";
import { newTotpSecret, totpUri } from "./totp";

/**
 * Begins enrolling an authenticator app: a fresh secret is stored sealed and unconfirmed (a
 * second start replaces an unconfirmed one, never a confirmed one), and returned this once, as
 * text and as a QR code (SVG data URL rendered here: the secret never goes to a third party).
 */
export async function startTotp(ctx: UseCaseContext) {
  const { db, viewer } = ctx;
  assertCan(viewer, "account.secondFactors");
  const existing = await totpOf(db, viewer.userId);
  if (existing?.confirmedAt) throw new DomainError("ALREADY_EXISTS", { what: "totp" });
  const secret = newTotpSecret();
  const sealed = seal(secret);
  await commit(db, {
    changes: [
      {
        statement: db
          .insert(userTotp)
          .values({ userId: viewer.userId, secretSealed: sealed })
          .onDuplicateKeyUpdate({ set: { secretSealed: sql`if(${userTotp.confirmedAt} is null, ${sealed}, ${userTotp.secretSealed})`, lastStep: sql`if(${userTotp.confirmedAt} is null, null, ${userTotp.lastStep})` } }),
      },
    ],
    event: { action: "user.second_factor_start", objectType: "user", objectId: viewer.userId, actorUserId: viewer.userId, onBehalfOfInstitutionId: null, changes: {}, context: { factor: "totp" } },
    request: requestFacts(ctx.meta),
  });
  const uri = totpUri(secret, viewer.email);
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}
