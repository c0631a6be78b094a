import { and, eq, sql } from "drizzle-orm";
import { notificationPreferences } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { DomainError } from "../errors";
import { commit } from "../workflow/commit";
import { changedGroups, NOTIFICATION_GROUPS, type EmailPreferences } from "./email-preferences";
import { loadPreferences } from "./my-preferences";
import type { UpdateNotificationPreferencesInput } from "./schemas";

/**
 * The signed-in person chooses, for each group of notifications, how its emails reach them. Only
 * their own: the input names no user. Optimistic: the version the form showed must be current
 * (0 for never saved; two first saves at once: one wins, the other is a CONFLICT). One write with
 * one `account.notificationPreferences` audit event; nothing changed writes nothing.
 */
export async function updateNotificationPreferences(ctx: UseCaseContext, input: UpdateNotificationPreferencesInput) {
  const { db, viewer } = ctx;
  assertCan(viewer, "account.notificationPreferences");
  const current = await loadPreferences(db, viewer.userId);
  if (current.version !== input.version) throw new DomainError("CONFLICT");
  const wanted = Object.fromEntries(NOTIFICATION_GROUPS.map((g) => [g, input[g]])) as EmailPreferences;
  const changes = changedGroups(current.preferences, wanted);
  if (Object.keys(changes).length === 0) return { written: false, version: current.version };
  const columns = {
    emailInstitutions: wanted.institutions,
    emailProposals: wanted.proposals,
    emailParticipation: wanted.participation,
    emailAgreements: wanted.agreements,
    emailReports: wanted.reports,
    emailConversations: wanted.conversations,
  };
  const statement =
    input.version === 0
      ? db.insert(notificationPreferences).values({ userId: viewer.userId, ...columns, version: 1 })
      : db
          .update(notificationPreferences)
          .set({ ...columns, version: sql`${notificationPreferences.version} + 1` })
          .where(and(eq(notificationPreferences.userId, viewer.userId), eq(notificationPreferences.version, input.version)));
  await commit(db, {
    changes: [input.version === 0 ? { statement } : { statement, expectRows: 1 }],
    event: { actorUserId: viewer.userId, onBehalfOfInstitutionId: null, action: "account.notificationPreferences", objectType: "user", objectId: viewer.userId, changes, context: {} },
    request: requestFacts(ctx.meta),
    onDuplicate: () => new DomainError("CONFLICT"),
  });
  return { written: true, version: input.version + 1 };
}
