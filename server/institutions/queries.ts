// Reads and guarded writes of institutions. Explicit joins only (same SQL on MariaDB and PlanetScale).
import { and, asc, desc, eq, like, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { containsPattern } from "@/db/like";
import { countries, institutions, type InstitutionStatus } from "@/db/schema";
import type { DirectoryFilters } from "./schemas";
import { guardedUpdate } from "../workflow/guarded-update";

export const DIRECTORY_PAGE_SIZE = 20;

export type InstitutionRow = typeof institutions.$inferSelect;

export async function findInstitution(db: Executor, id: string) {
  const [row] = await db
    .select({ institution: institutions, region: countries.region, subregion: countries.subregion })
    .from(institutions)
    .innerJoin(countries, eq(countries.iso2, institutions.countryCode))
    .where(eq(institutions.id, id))
    .limit(1);
  return row;
}

export async function findCountry(db: Executor, iso2: string) {
  const [row] = await db.select().from(countries).where(eq(countries.iso2, iso2)).limit(1);
  return row;
}

/** The guarded write (applies only if nobody changed the row since it was read), as an atomic step. */
export function guardedInstitutionUpdate(
  db: Executor,
  id: string,
  expected: { status: InstitutionStatus; version: number },
  set: Partial<Omit<InstitutionRow, "id" | "version" | "createdAt">>,
) {
  return guardedUpdate(db, institutions, id, expected, set);
}

/** Verified institutions for the public directory, one page, with the total count in the same query. */
export async function listDirectory(db: Executor, filters: DirectoryFilters) {
  const conditions: SQL[] = [eq(institutions.status, "verified")];
  if (filters.country) conditions.push(eq(institutions.countryCode, filters.country));
  if (filters.region) conditions.push(eq(countries.region, filters.region));
  if (filters.type) conditions.push(eq(institutions.type, filters.type));
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    const match = or(like(institutions.name, pattern), like(institutions.acronym, pattern));
    if (match) conditions.push(match);
  }
  const rows = await db
    .select({
      id: institutions.id,
      name: institutions.name,
      acronym: institutions.acronym,
      countryCode: institutions.countryCode,
      region: countries.region,
      type: institutions.type,
      website: institutions.website,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(institutions)
    .innerJoin(countries, eq(countries.iso2, institutions.countryCode))
    .where(and(...conditions))
    .orderBy(asc(institutions.name), asc(institutions.id))
    .limit(DIRECTORY_PAGE_SIZE)
    .offset((filters.page - 1) * DIRECTORY_PAGE_SIZE);
  return { items: rows.map(({ total: _total, ...r }) => r), total: rows[0]?.total ?? 0, pageSize: DIRECTORY_PAGE_SIZE };
}

/** Institutions waiting for an admin, oldest first, and the recently decided ones. */
export async function listByStatus(db: Executor, status: InstitutionStatus, limit = 100) {
  return db
    .select({ institution: institutions, region: countries.region })
    .from(institutions)
    .innerJoin(countries, eq(countries.iso2, institutions.countryCode))
    .where(eq(institutions.status, status))
    .orderBy(status === "pending" ? asc(institutions.createdAt) : desc(institutions.statusChangedAt))
    .limit(limit);
}
