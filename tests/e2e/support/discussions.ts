// Fixtures of the discussion scenarios, written to the e2e database with the test factories; each
// call makes its own programme (and people), so the scenarios depend on no other file's leftovers.
// - `reviewFixture`: a proposal of the University of Nairobi (created by the demo owner) under
//   review, with two reviewers and a chair who sign in with the demo password, and the two
//   reviews the quorum needs, so the chair may decide.
// - `clauseFixture`: the agreements scenario's pilot (lead Nairobi, co-lead Tsinghua with a new
//   signatory) and a complete draft agreement between them, ready to be sent for signature.
import { and, eq } from "drizzle-orm";
import { createDb } from "../../../db/client";
import { institutions, programmes, users } from "../../../db/schema";
import { insertAgreement, type AgreementWorld } from "../../factories/agreements";
import { addPanel, addReview, createProgramme, createReviewer } from "../../factories/programmes";
import { DEMO, DEMO_PASSWORD } from "./accounts";
import { createPilotFixture, NAIROBI, TSINGHUA, type PilotFixture } from "./agreements";
import { E2E_DATABASE_URL } from "./outbox";
import type { PanelMember } from "./panel";

type Db = ReturnType<typeof createDb>["db"];

async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const handle = createDb({ driver: "mysql2", url: E2E_DATABASE_URL });
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

async function verified(db: Db, name: string): Promise<{ id: string; countryCode: string }> {
  const [row] = await db.select({ id: institutions.id, countryCode: institutions.countryCode }).from(institutions).where(and(eq(institutions.name, name), eq(institutions.status, "verified")));
  if (!row) throw new Error(`No verified institution "${name}" in ${E2E_DATABASE_URL}: run scripts/seed.ts`);
  return row;
}

async function demoUserId(db: Db, email: string): Promise<string> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`No user ${email} in ${E2E_DATABASE_URL}: run scripts/seed.ts`);
  return row.id;
}

export type ReviewFixture = { programmeId: string; reference: string; title: string; reviewers: PanelMember[]; chair: PanelMember };

/** A Nairobi proposal under review with its panel (two reviewers, a chair) and the quorum's two reviews. */
export function reviewFixture(run: string, label: string): Promise<ReviewFixture> {
  return withDb(async (db) => {
    const [nairobi, owner] = await Promise.all([verified(db, NAIROBI), demoUserId(db, DEMO.owner)]);
    const person = async (role: "reviewer" | "chair", n: number): Promise<PanelMember> => {
      const name = `E2E ${label} ${role} ${n} ${run}`;
      const email = `e2e-${label}-${role}-${n}-${run}@example.org`.toLowerCase();
      const user = await createReviewer(db, { name, email, password: DEMO_PASSWORD });
      return { userId: user.id, name, email, role, status: "active" };
    };
    const [first, second, chair] = [await person("reviewer", 1), await person("reviewer", 2), await person("chair", 1)];
    const title = `E2E discussed proposal (${label}) ${run}`;
    const programme = await createProgramme(db, { title, leadInstitutionId: nairobi.id, createdByUserId: owner, status: "under_review" });
    const seats = await addPanel(db, programme.id, { reviewers: [first.userId, second.userId], chair: chair.userId });
    for (const seat of seats.filter((s) => s.role === "reviewer")) await addReview(db, { assignment: seat });
    return { programmeId: programme.id, reference: programme.reference, title, reviewers: [first, second], chair };
  });
}

export type ClauseFixture = PilotFixture & { agreementId: string };

/** The pilot of the agreements scenario with a complete draft agreement (Nairobi → Tsinghua) that passes its checks. */
export async function clauseFixture(run: string): Promise<ClauseFixture> {
  const pilot = await createPilotFixture(run);
  return withDb(async (db) => {
    const [lead, partner, owner] = await Promise.all([verified(db, NAIROBI), verified(db, TSINGHUA), demoUserId(db, DEMO.owner)]);
    const [programme] = await db.select().from(programmes).where(eq(programmes.id, pilot.programmeId));
    if (!programme) throw new Error(`No programme ${pilot.programmeId}`);
    // insertAgreement reads only the database, the programme, the two parties and the lead's owner for a draft.
    const world = { db, lead, partner, programme, leadOwner: { id: owner } } as unknown as AgreementWorld;
    const agreement = await insertAgreement(world, { title: `Pilot data sharing agreement ${run}` });
    return { ...pilot, agreementId: agreement.id };
  });
}
