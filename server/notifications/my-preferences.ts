import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { notificationPreferences } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { DEFAULT_EMAIL_PREFERENCES, type EmailPreferences } from "./email-preferences";

export type StoredPreferences = { preferences: EmailPreferences; version: number };

/** A person's stored email preferences (no row: every group immediately, version 0). */
export async function loadPreferences(db: Database, userId: string): Promise<StoredPreferences> {
  const [row] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId)).limit(1);
  if (!row) return { preferences: { ...DEFAULT_EMAIL_PREFERENCES }, version: 0 };
  return {
    preferences: {
      institutions: row.emailInstitutions,
      proposals: row.emailProposals,
      participation: row.emailParticipation,
      agreements: row.emailAgreements,
      reports: row.emailReports,
      conversations: row.emailConversations,
    },
    version: row.version,
  };
}

/** The signed-in person's own email preferences (nobody reads another's). */
export async function myNotificationPreferences(ctx: UseCaseContext): Promise<StoredPreferences> {
  const { viewer } = ctx;
  assertCan(viewer, "account.read");
  return loadPreferences(ctx.db, viewer.userId);
}
