// Fixtures of the agreements scenario, written to the e2e database with the test factories: an
// open pilot programme led by the University of Nairobi (Kenya) with Tsinghua University (China)
// as co-lead, so that both are eligible parties, and a designated signatory for Tsinghua (the
// demo data has one for Nairobi: signatory@). Each run makes its own programme and signatory.
import { and, eq } from "drizzle-orm";
import mysql from "mysql2/promise";
import { createDb } from "../../../db/client";
import { institutions, users } from "../../../db/schema";
import { addMembership } from "../../factories/institutions";
import { createProgramme, STARTED_DATES } from "../../factories/programmes";
import { createUser } from "../../factories/users";
import { DEMO_PASSWORD } from "./accounts";
import { E2E_DATABASE_URL } from "./outbox";

export const NAIROBI = "University of Nairobi";
export const TSINGHUA = "Tsinghua University";
export const NAIROBI_SIGNATORY = "signatory@demo.southbridge.org";

export type PilotFixture = { programmeId: string; reference: string; title: string; tsinghuaSignatory: { email: string; name: string } };

async function withDb<T>(work: (db: ReturnType<typeof createDb>["db"]) => Promise<T>): Promise<T> {
  const handle = createDb({ driver: "mysql2", url: E2E_DATABASE_URL });
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

async function institutionId(db: ReturnType<typeof createDb>["db"], name: string): Promise<string> {
  const [row] = await db.select({ id: institutions.id }).from(institutions).where(and(eq(institutions.name, name), eq(institutions.status, "verified")));
  if (!row) throw new Error(`No verified institution "${name}" in ${E2E_DATABASE_URL}: run scripts/seed.ts`);
  return row.id;
}

/**
 * An open programme with data sharing whose start date has come, lead Nairobi (created by the demo owner), co-lead Tsinghua,
 * and a new Tsinghua signatory who signs in with the demo password.
 */
export function createPilotFixture(run: string): Promise<PilotFixture> {
  return withDb(async (db) => {
    const [nairobi, tsinghua] = await Promise.all([institutionId(db, NAIROBI), institutionId(db, TSINGHUA)]);
    const [owner] = await db.select({ id: users.id }).from(users).where(eq(users.email, "owner@demo.southbridge.org"));
    if (!owner) throw new Error("No demo owner: run scripts/seed.ts");
    const title = `E2E malaria early-warning pilot with clinic data ${run}`;
    const programme = await createProgramme(db, {
      title,
      leadInstitutionId: nairobi,
      createdByUserId: owner.id,
      coLeadInstitutionIds: [tsinghua],
      status: "open",
      workingArea: "application",
      format: "pilot",
      sectors: ["health"],
      involvesDataSharing: true,
      publishedAt: new Date(),
      // Its start date has come: it may start once the agreement is in force.
      ...STARTED_DATES,
    });
    const name = `Zhou Min ${run}`;
    const email = `e2e-tsinghua-signatory-${run}@example.org`;
    const signatory = await createUser(db, { name, email, password: DEMO_PASSWORD });
    await addMembership(db, { institutionId: tsinghua, userId: signatory.id, role: "member", isSignatory: true });
    return { programmeId: programme.id, reference: programme.reference, title, tsinghuaSignatory: { email, name } };
  });
}

/** The programme's status as stored (to check that it started). */
export async function programmeStatus(programmeId: string): Promise<string> {
  const connection = await mysql.createConnection(E2E_DATABASE_URL);
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>("select status from programmes where id = ?", [programmeId]);
    return String(rows[0]?.status ?? "");
  } finally {
    await connection.end();
  }
}

/** The stored hash and status of an agreement (what the pages must show). */
export async function storedAgreement(agreementId: string): Promise<{ status: string; contentHash: string | null; versionNumber: number }> {
  const connection = await mysql.createConnection(E2E_DATABASE_URL);
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>("select status, content_hash, version_number from agreements where id = ?", [agreementId]);
    const row = rows[0];
    if (!row) throw new Error(`No agreement ${agreementId}`);
    return { status: String(row.status), contentHash: row.content_hash === null ? null : String(row.content_hash), versionNumber: Number(row.version_number) };
  } finally {
    await connection.end();
  }
}

/**
 * Changes an agreement's stored content behind the application's back (as a database intruder
 * would): the retention period, without touching the frozen text or its hash.
 */
export async function tamperWithStoredRetention(agreementId: string, retention: string): Promise<void> {
  const connection = await mysql.createConnection(E2E_DATABASE_URL);
  try {
    const [result] = await connection.query<mysql.ResultSetHeader>("update agreements set content = json_set(content, '$.retentionPeriod', ?) where id = ?", [retention, agreementId]);
    if (result.affectedRows !== 1) throw new Error(`tamperWithStoredRetention: agreement ${agreementId} not changed`);
  } finally {
    await connection.end();
  }
}
