import { expect } from "@playwright/test";
import mysql from "mysql2/promise";

/** The database of the e2e server (the same default as playwright.config.ts). */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL || "mysql://root@127.0.0.1:3306/southbridge_e2e";

export type OutboxEmail = { subject: string; body: string };

/**
 * The newest email kept for an address. With no SMTP server configured the app stores every
 * email in the outbox_emails table (also readable at /dev/outbox).
 */
export async function latestEmail(to: string): Promise<OutboxEmail | undefined> {
  const connection = await mysql.createConnection(E2E_DATABASE_URL);
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>(
      "select subject, text_body from outbox_emails where to_address = ? order by created_at desc limit 1",
      [to.toLowerCase()],
    );
    const row = rows[0];
    return row ? { subject: String(row.subject), body: String(row.text_body) } : undefined;
  } finally {
    await connection.end();
  }
}

/** Waits (briefly) for an email whose subject matches, and returns it. */
export async function waitForEmail(to: string, subject: RegExp): Promise<OutboxEmail> {
  let found: OutboxEmail | undefined;
  await expect
    .poll(
      async () => {
        found = await latestEmail(to);
        return found?.subject ?? "";
      },
      { message: `an email to ${to} with a subject matching ${String(subject)}`, timeout: 10_000 },
    )
    .toMatch(subject);
  return found!;
}

/**
 * The first link in an email body whose path contains `pathPart`, as a path + query so that the
 * browser opens it on the test server whatever NEXTAUTH_URL says.
 */
export function linkIn(email: OutboxEmail, pathPart: string): string {
  const link = email.body.match(/https?:\/\/\S+/g)?.find((url) => new URL(url).pathname.includes(pathPart));
  if (!link) throw new Error(`No link containing ${pathPart} in this email:\n${email.body}`);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}
