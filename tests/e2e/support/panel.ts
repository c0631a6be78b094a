// Reads (and, when the demo data is short of reviewers, prepares) the review side of the e2e
// database, so that a scenario works whoever the panel suggestion picks.
import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import mysql from "mysql2/promise";
import { DEMO_PASSWORD } from "./accounts";
import { E2E_DATABASE_URL } from "./outbox";

/** A panel member as the database knows them; every e2e reviewer signs in with DEMO_PASSWORD. */
export type PanelMember = { userId: string; name: string; email: string; role: "reviewer" | "chair"; status: "active" | "recused" };

async function withDatabase<T>(work: (connection: mysql.Connection) => Promise<T>): Promise<T> {
  const connection = await mysql.createConnection(E2E_DATABASE_URL);
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

/** Everyone assigned to a programme's panel (reviewers and chair, active or recused), by name. */
export function panelOf(programmeId: string): Promise<PanelMember[]> {
  return withDatabase(async (db) => {
    const [rows] = await db.query<mysql.RowDataPacket[]>(
      `select u.id, u.name, u.email, a.role, a.status
         from review_assignments a join users u on u.id = a.reviewer_user_id
        where a.programme_id = ?
        order by u.name, u.id`,
      [programmeId],
    );
    return rows.map((r) => ({ userId: String(r.id), name: String(r.name), email: String(r.email), role: r.role === "chair" ? "chair" : "reviewer", status: r.status === "recused" ? "recused" : "active" }));
  });
}

/** The reference (e.g. "SB-2026-0042") that pages show for a programme. */
export function referenceOf(programmeId: string): Promise<string> {
  return withDatabase(async (db) => {
    const [rows] = await db.query<mysql.RowDataPacket[]>("select reference from programmes where id = ?", [programmeId]);
    if (!rows[0]) throw new Error(`No programme ${programmeId} in ${E2E_DATABASE_URL}`);
    return String(rows[0].reference);
  });
}

/** The names of everyone with the reviewer role: people's names are user content, in any language. */
export function namesOfReviewers(): Promise<string[]> {
  return withDatabase(async (db) => {
    const [rows] = await db.query<mysql.RowDataPacket[]>("select distinct u.name from users u join platform_roles r on r.user_id = u.id and r.role = 'reviewer'");
    return rows.map((r) => String(r.name));
  });
}

/** Codes of the active rubric criteria, in the order the review form lists them. */
export function activeCriteria(): Promise<string[]> {
  return withDatabase(async (db) => {
    const [rows] = await db.query<mysql.RowDataPacket[]>("select code from rubric_criteria where active = 1 order by position");
    return rows.map((r) => String(r.code));
  });
}

/** The id of an institution found by its exact name. */
export function institutionIdByName(name: string): Promise<string> {
  return withDatabase(async (db) => {
    const [rows] = await db.query<mysql.RowDataPacket[]>("select id from institutions where name = ?", [name]);
    if (rows.length !== 1) throw new Error(`Expected one institution named ${name}, found ${rows.length}`);
    return String(rows[0]!.id);
  });
}

/**
 * Makes sure at least `needed` reviewers can sit on a panel for a proposal led by the given
 * institution (no co-leads): people with the reviewer role who are not its members — nor, when
 * the review policy checks countries, members of an institution in its country. Missing ones
 * are created with a verified address and the demo password (the hash of a demo account is
 * reused, so no hashing library is needed). Returns how many were created.
 */
export function ensureEligibleReviewers(leadInstitutionId: string, needed: number): Promise<number> {
  return withDatabase(async (db) => {
    const [policyRows] = await db.query<mysql.RowDataPacket[]>("select value from platform_settings where `key` = 'review_policy'");
    const raw: unknown = policyRows[0]?.value;
    const policy = (typeof raw === "string" ? JSON.parse(raw) : (raw ?? {})) as { sameCountry?: boolean };
    const [counted] = await db.query<mysql.RowDataPacket[]>(
      `select count(*) as n
         from platform_roles r
        where r.role = 'reviewer'
          and not exists (
            select 1 from memberships m join institutions i on i.id = m.institution_id
             where m.user_id = r.user_id and m.status = 'active'
               and (m.institution_id = ? or (? and i.country_code = (select country_code from institutions where id = ?))))`,
      [leadInstitutionId, policy.sameCountry === true, leadInstitutionId],
    );
    const missing = Math.max(0, needed - Number(counted[0]?.n ?? 0));
    if (missing === 0) return 0;
    const [hashRows] = await db.query<mysql.RowDataPacket[]>("select password_hash from users where email = 'admin@demo.southbridge.org'");
    const hash: unknown = hashRows[0]?.password_hash;
    if (typeof hash !== "string") throw new Error(`Too few reviewers and no demo admin to copy the password (${DEMO_PASSWORD}) from: seed the e2e database first.`);
    for (let i = 0; i < missing; i++) {
      const tag = randomBytes(4).toString("hex");
      const id = idFrom(randomBytes(20));
      await db.query(
        "insert into users (id, email, name, password_hash, email_verified_at, locale, session_version, created_at, updated_at) values (?, ?, ?, ?, now(3), 'en', 1, now(3), now(3))",
        [id, `e2e-reviewer-${tag}@example.org`, `E2E Reviewer ${tag}`, hash],
      );
      await db.query("insert into platform_roles (user_id, role, created_at) values (?, 'reviewer', now(3))", [id]);
    }
    return missing;
  });
}

/** A 20-character id in the application's alphabet (db/ids.ts). */
function idFrom(bytes: Buffer): string {
  const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
  return [...bytes].map((b) => alphabet[b & 31]).join("");
}

/**
 * Neither the page as shown nor the HTML sent (with its React Server Components payload)
 * names a panel member or holds their address or id, nor any of the `secrets` (e.g. the
 * confidential comments meant for the chair).
 */
export async function expectNoPanelIdentity(page: Page, panel: readonly PanelMember[], secrets: readonly string[] = []): Promise<void> {
  expect(panel.length, "the panel to look for").toBeGreaterThan(0);
  const shown = await page.locator("body").innerText();
  const sent = await page.content();
  for (const member of panel) {
    expect(shown, `${page.url()} shows ${member.name}`).not.toContain(member.name);
    expect(sent, `the HTML of ${page.url()} holds ${member.name}`).not.toContain(member.name);
    expect(sent, `the HTML of ${page.url()} holds ${member.email}`).not.toContain(member.email);
    expect(sent, `the HTML of ${page.url()} holds the id of ${member.name}`).not.toContain(member.userId);
  }
  for (const secret of secrets) expect(sent, `the HTML of ${page.url()} holds “${secret}”`).not.toContain(secret);
}
