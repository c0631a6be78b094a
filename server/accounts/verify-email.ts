import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { requestFacts, type UseCaseContext } from "../context";
import { DomainError, isDomainError } from "../errors";
import { commit } from "../workflow/commit";
import { consumeTokenStep, findUsableToken } from "./email-tokens";

/** Confirms an email address from the link sent at sign-up; the link is used up in the same atomic write. */
export async function verifyEmail(ctx: UseCaseContext, input: { token: string }) {
  const { db } = ctx;
  const found = await findUsableToken(db, input.token, "verify_email");
  if (!found) throw new DomainError("INVALID_TOKEN");
  const verifiedAt = found.user.emailVerifiedAt ?? new Date();
  try {
    await commit(db, {
      changes: [consumeTokenStep(db, found.tokenId, new Date()), { statement: db.update(users).set({ emailVerifiedAt: verifiedAt }).where(eq(users.id, found.user.id)) }],
      event: {
        action: "user.verify_email",
        objectType: "user",
        objectId: found.user.id,
        actorUserId: found.user.id,
        onBehalfOfInstitutionId: null,
        changes: { emailVerifiedAt: { before: found.user.emailVerifiedAt, after: verifiedAt } },
        context: {},
      },
      request: requestFacts(ctx.meta),
    });
  } catch (error) {
    // Another request used the link first.
    if (isDomainError(error) && error.code === "CONFLICT") throw new DomainError("INVALID_TOKEN");
    throw error;
  }
  return { email: found.user.email };
}
