import { boolean, char, mysqlTable, text, varchar } from "drizzle-orm/mysql-core";
import { jsonText } from "../columns";

/** UN members + Palestine with M49 regions and G77/BRICS membership (db/reference/countries.csv). */
export const countries = mysqlTable("countries", {
  iso2: char("iso2", { length: 2 }).primaryKey(),
  iso3: char("iso3", { length: 3 }).notNull(),
  name: varchar("name", { length: 100 }).notNull(),
  region: varchar("region", { length: 40 }).notNull(),
  subregion: varchar("subregion", { length: 60 }).notNull(),
  g77: boolean("g77").notNull(),
  brics: boolean("brics").notNull(),
  notes: text("notes"),
});

export const mechanisms = mysqlTable("mechanisms", {
  code: varchar("code", { length: 32 }).primaryKey(),
  name: varchar("name", { length: 200 }).notNull(),
  kind: varchar("kind", { length: 40 }).notNull(),
  membersNote: text("members_note"),
  founded: varchar("founded", { length: 10 }),
});

export const sectors = mysqlTable("sectors", {
  code: varchar("code", { length: 40 }).primaryKey(),
  name: varchar("name", { length: 200 }).notNull(),
  // Null where the OECD DAC list has no purpose code for the sector (e.g. language technology).
  dacCode: char("dac_code", { length: 5 }),
});

export const transferRules = mysqlTable("transfer_rules", {
  iso2: char("iso2", { length: 2 }).primaryKey(),
  law: varchar("law", { length: 300 }).notNull(),
  safeguardRequired: boolean("safeguard_required").notNull(),
  acceptedSafeguards: jsonText<string[]>("accepted_safeguards").notNull(),
  extraDuties: text("extra_duties"),
  localisation: text("localisation"),
  verified: varchar("verified", { length: 20 }).notNull(),
});
