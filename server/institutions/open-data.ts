// Verified institutions as open data (JSON and CSV, no sign-in). One query, explicit join to countries.
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { countries, institutions } from "@/db/schema";

/** The published columns, in CSV order. Adding one is a change to a public format: append, never rename. */
export const OPEN_INSTITUTION_COLUMNS = [
  "id",
  "name",
  "acronym",
  "country_code",
  "country_name",
  "region",
  "subregion",
  "type",
  "website",
  "ror_id",
  "verified_since",
] as const;

export type OpenInstitution = Record<(typeof OPEN_INSTITUTION_COLUMNS)[number], string | null>;

/** Every verified institution, sorted by name, with the English country name and M49 region. */
export async function listOpenInstitutions(db: Executor): Promise<OpenInstitution[]> {
  const rows = await db
    .select({
      id: institutions.id,
      name: institutions.name,
      acronym: institutions.acronym,
      countryCode: institutions.countryCode,
      countryName: countries.name,
      region: countries.region,
      subregion: countries.subregion,
      type: institutions.type,
      website: institutions.website,
      rorId: institutions.rorId,
      verifiedSince: institutions.statusChangedAt,
    })
    .from(institutions)
    .innerJoin(countries, eq(countries.iso2, institutions.countryCode))
    .where(eq(institutions.status, "verified"))
    .orderBy(asc(institutions.name), asc(institutions.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    acronym: r.acronym,
    country_code: r.countryCode,
    country_name: r.countryName,
    region: r.region,
    subregion: r.subregion,
    type: r.type,
    website: r.website,
    ror_id: r.rorId,
    verified_since: r.verifiedSince ? r.verifiedSince.toISOString() : null,
  }));
}
