// Reading back what a use case wrote. Every query is scoped to the test's own rows:
// other test runs may share the database.
import { and, asc, eq } from "drizzle-orm";
import { configFromEnv, createDb, type Database } from "../../../db/client";
import { newId } from "../../../db/ids";
import { auditLog, emailOutbox, institutions, memberships, users } from "../../../db/schema";
import { renderEmail } from "../../../server/mail/templates";

export function openTestDb() {
  return createDb(configFromEnv());
}

export async function auditEntriesOf(db: Database, objectType: string, objectId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.objectType, objectType), eq(auditLog.objectId, objectId)))
    .orderBy(asc(auditLog.id));
}

export async function institutionRow(db: Database, id: string) {
  const [row] = await db.select().from(institutions).where(eq(institutions.id, id));
  return row;
}

export async function membershipRow(db: Database, id: string) {
  const [row] = await db.select().from(memberships).where(eq(memberships.id, id));
  return row;
}

export async function membershipsOf(db: Database, institutionId: string, userId: string) {
  return db
    .select()
    .from(memberships)
    .where(and(eq(memberships.institutionId, institutionId), eq(memberships.userId, userId)));
}

export async function userRow(db: Database, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) throw new Error(`userRow: no user ${id}`);
  return row;
}

/** The emails queued for an address, oldest first, rendered as they will be sent. */
export async function outboxTo(db: Database, address: string) {
  const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address)).orderBy(asc(emailOutbox.createdAt));
  return rows.map((row) => {
    const email = renderEmail({ to: row.toAddress, locale: row.locale, template: row.template as never, params: row.params, path: row.path, query: row.query ?? undefined });
    return { ...row, subject: email.subject, textBody: email.text };
  });
}

/** The one-time token of the link in an email body (…?token=XYZ). */
export function tokenInEmail(textBody: string): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(textBody);
  if (!match?.[1]) throw new Error(`no token= link in email:\n${textBody}`);
  return match[1];
}

/** The token of the latest email sent to `address`. */
export async function latestTokenSentTo(db: Database, address: string): Promise<string> {
  const emails = await outboxTo(db, address);
  const last = emails.at(-1);
  if (!last) throw new Error(`no email was sent to ${address}`);
  return tokenInEmail(last.textBody);
}

/** An email the worker gave up on (a dead letter), as the outbox leaves it after its last attempt. */
export async function insertDeadLetter(db: Database, address = `dead-${newId()}@example.test`) {
  const row = { id: newId(), toAddress: address, locale: "en" as const, template: "reportPublished", params: { title: "A report" }, path: "/transparency", status: "dead" as const, attempts: 8, lastError: "550 mailbox unavailable" };
  await db.insert(emailOutbox).values(row);
  return row;
}
