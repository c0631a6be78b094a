import { expect } from "@playwright/test";
import mysql from "mysql2/promise";
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderEmailIn, type EmailCatalogue } from "../../../server/mail/render-email";
import type { Locale } from "../../../i18n/locales";
import { E2E_BASE_URL } from "../../../scripts/lib/env.mjs";

/** The database of the e2e server (the same default as playwright.config.ts). */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL || "mysql://root@127.0.0.1:3306/southbridge_e2e";

export type OutboxEmail = { subject: string; body: string };

/**
 * The newest email for an address. Every email waits in the email_outbox table (readable at
 * /dev/outbox without SMTP) and is rendered from its template as it will be sent.
 */
export async function latestEmail(to: string): Promise<OutboxEmail | undefined> {
  const connection = await mysql.createConnection(E2E_DATABASE_URL);
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>(
      "select to_address, locale, template, params, path, query from email_outbox where to_address = ? order by created_at desc limit 1",
      [to.toLowerCase()],
    );
    const row = rows[0];
    if (!row) return undefined;
    const locale = String(row.locale) as Locale;
    const catalogue = JSON.parse(readFileSync(path.join("messages", locale, "email.json"), "utf8")) as EmailCatalogue;
    const email = renderEmailIn(
      catalogue,
      locale,
      { to: String(row.to_address), template: String(row.template), params: JSON.parse(String(row.params)) as Record<string, string>, path: String(row.path), query: row.query ? String(row.query) : undefined },
      E2E_BASE_URL,
    );
    return { subject: email.subject, body: email.text };
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
