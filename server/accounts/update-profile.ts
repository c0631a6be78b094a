import { and, eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { DomainError } from "../errors";
import { commit } from "../workflow/commit";

/**
 * The signed-in user changes their name and preferred language (the language every email to them
 * is rendered in, at delivery: server/mail/templates.ts). Optimistic: the version the form showed
 * must be current (else CONFLICT). Nothing changed writes nothing.
 */
export async function updateProfile(ctx: UseCaseContext, input: { name: string; locale: Locale; version: number }) {
  const { db, viewer } = ctx;
  assertCan(viewer, "account.updateProfile");
  const [user] = await db.select({ id: users.id, name: users.name, locale: users.locale, version: users.version }).from(users).where(eq(users.id, viewer.userId)).limit(1);
  if (!user) throw new DomainError("UNAUTHENTICATED");
  if (user.version !== input.version) throw new DomainError("CONFLICT");
  const changes = {
    ...(user.name !== input.name ? { name: { before: user.name, after: input.name } } : {}),
    ...(user.locale !== input.locale ? { locale: { before: user.locale, after: input.locale } } : {}),
  };
  if (Object.keys(changes).length === 0) return { written: false, version: user.version };
  await commit(db, {
    changes: [
      {
        statement: db
          .update(users)
          .set({ name: input.name, locale: input.locale, version: sql`${users.version} + 1` })
          .where(and(eq(users.id, user.id), eq(users.version, input.version))),
        expectRows: 1,
      },
    ],
    event: { actorUserId: user.id, onBehalfOfInstitutionId: null, action: "user.update_profile", objectType: "user", objectId: user.id, changes, context: {} },
    request: requestFacts(ctx.meta),
  });
  return { written: true, version: user.version + 1 };
}
