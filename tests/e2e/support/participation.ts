// Fixtures of the catalogue and participation scenario, written to the e2e database with the test
// factories: an APPROVED agricultural programme led by the University of Nairobi (hub Kenya, in
// Sub-Saharan Africa) with a single place, which the scenario publishes and has designated as
// flagship through the UI; and an open data-sharing programme that cannot start without an
// agreement. Each run makes its own programmes (unique titles), so the scenario can run again on
// the same database.
import { and, eq } from "drizzle-orm";
import { createDb } from "../../../db/client";
import { institutions, participations, programmes, users } from "../../../db/schema";
import { createOpenProgramme, FUTURE_DATES } from "../../factories/participation";
import { createProgramme, STARTED_DATES } from "../../factories/programmes";
import { E2E_DATABASE_URL } from "./outbox";

export const LEAD = { institution: "University of Nairobi", email: "owner@demo.southbridge.org" } as const;
/** Two verified institutions of other countries, each with a demo owner who applies on its behalf. */
export const APPLICANTS = {
  first: { institution: "Universidade de São Paulo", email: "owner.usp@demo.southbridge.org" },
  second: { institution: "Université Cheikh Anta Diop de Dakar", email: "owner.ucad@demo.southbridge.org" },
} as const;

type Db = ReturnType<typeof createDb>["db"];

async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const handle = createDb({ driver: "mysql2", url: E2E_DATABASE_URL });
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

async function verifiedInstitutionId(db: Db, name: string): Promise<string> {
  const [row] = await db.select({ id: institutions.id }).from(institutions).where(and(eq(institutions.name, name), eq(institutions.status, "verified")));
  if (!row) throw new Error(`No verified institution "${name}" in ${E2E_DATABASE_URL}: run scripts/seed.ts`);
  return row.id;
}

async function userId(db: Db, email: string): Promise<string> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`No user ${email} in ${E2E_DATABASE_URL}: run scripts/seed.ts`);
  return row.id;
}

export type ProgrammeFixture = { id: string; reference: string; title: string };

/**
 * The scenario's programmes: `catalogue` is approved (not yet public), agricultural, hub Kenya
 * reaching Uganda and Tanzania, one place, deadline far ahead, one expected outcome; `dataSharing`
 * is open and involves data sharing, with no agreement.
 */
export function createParticipationFixtures(run: string): Promise<{ catalogue: ProgrammeFixture; dataSharing: ProgrammeFixture }> {
  return withDb(async (db) => {
    const [nairobi, owner] = await Promise.all([verifiedInstitutionId(db, LEAD.institution), userId(db, LEAD.email)]);
    const catalogue = await createProgramme(db, {
      title: `E2E maize disease early warning for smallholders ${run}`,
      summary: "A pilot that trains extension officers to use phone-based maize disease detection in three East African countries.",
      leadInstitutionId: nairobi,
      createdByUserId: owner,
      status: "approved",
      workingArea: "application",
      format: "pilot",
      sectors: ["agriculture"],
      hubCountry: "KE",
      spilloverCountries: ["UG", "TZ"],
      capacity: 1,
      isFlagship: false,
      involvesDataSharing: false,
      outcomes: [{ metric: "people_trained", target: 120, description: "Extension officers trained" }],
      ...FUTURE_DATES,
    });
    const dataSharing = await createOpenProgramme(db, {
      title: `E2E clinic records pilot needing an agreement ${run}`,
      leadInstitutionId: nairobi,
      createdByUserId: owner,
      sectors: ["health"],
      involvesDataSharing: true,
    });
    const pick = (p: typeof catalogue): ProgrammeFixture => ({ id: p.id, reference: p.reference, title: p.title });
    return { catalogue: pick(catalogue), dataSharing: pick(dataSharing) };
  });
}

/**
 * The test moves the clock: the programme's deadline and start date are moved into the past, as
 * if the months between applications and the start had gone by (a programme may start only once
 * its start date has come — NOT_STARTED_YET).
 */
export function letStartDateCome(programmeId: string): Promise<void> {
  return withDb(async (db) => {
    await db.update(programmes).set({ applicationDeadline: STARTED_DATES.applicationDeadline, startDate: STARTED_DATES.startDate }).where(eq(programmes.id, programmeId));
  });
}

/** The programme's status and accepted count as stored. */
export function programmeState(programmeId: string): Promise<{ status: string; acceptedCount: number; isFlagship: boolean }> {
  return withDb(async (db) => {
    const [row] = await db
      .select({ status: programmes.status, acceptedCount: programmes.acceptedCount, isFlagship: programmes.isFlagship })
      .from(programmes)
      .where(eq(programmes.id, programmeId));
    if (!row) throw new Error(`No programme ${programmeId}`);
    return row;
  });
}

/** The applications to a programme, by institution name (status only). */
export function applicationsTo(programmeId: string): Promise<Record<string, string>> {
  return withDb(async (db) => {
    const rows = await db
      .select({ name: institutions.name, status: participations.status })
      .from(participations)
      .innerJoin(institutions, eq(institutions.id, participations.institutionId))
      .where(eq(participations.programmeId, programmeId));
    return Object.fromEntries(rows.map((r) => [r.name, r.status]));
  });
}
