import { asc } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { countries, mechanisms, sectors } from "@/db/schema";

/** Every country of the reference list with its region and whether it is eligible (G77 + China). */
export function listCountries(db: Executor) {
  return db
    .select({ code: countries.iso2, name: countries.name, region: countries.region, subregion: countries.subregion, g77: countries.g77 })
    .from(countries)
    .orderBy(asc(countries.name));
}

/** Sectors with their OECD DAC purpose codes. */
export function listSectors(db: Executor) {
  return db.select().from(sectors).orderBy(asc(sectors.name));
}

/** Cooperation mechanisms (BRICS, SCO, FOCAC, …). */
export function listMechanisms(db: Executor) {
  return db.select({ code: mechanisms.code, name: mechanisms.name, kind: mechanisms.kind }).from(mechanisms).orderBy(asc(mechanisms.name));
}
