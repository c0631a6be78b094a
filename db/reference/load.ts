// Reads the reference CSVs in db/reference and upserts them into the reference tables.
// The parser is deliberately strict: a value is never turned into null because it looks like
// "NA" or "null" (Namibia's iso2 is "NA"); only an empty cell of an optional column is null.
import { readFileSync } from "node:fs";
import path from "node:path";
import { getTableColumns, sql } from "drizzle-orm";
import type { MySqlTable } from "drizzle-orm/mysql-core";
import type { Executor } from "../client";
import { countries, mechanisms, sectors, transferRules } from "../schema";

export const REFERENCE_DIR = path.join(process.cwd(), "db", "reference");

export type ReferenceCountry = typeof countries.$inferSelect;
export type ReferenceMechanism = typeof mechanisms.$inferSelect;
/** dacCode is null when the source gives no OECD DAC purpose code (language_technology). */
export type ReferenceSector = typeof sectors.$inferSelect;
export type ReferenceTransferRule = typeof transferRules.$inferSelect;

export type ReferenceCounts = { countries: number; mechanisms: number; sectors: number; transferRules: number };

/** RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes (""). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") endField();
    else if (c === "\n") endRow();
    else if (c === "\r" && text[i + 1] === "\n") {
      endRow();
      i++;
    } else field += c;
  }
  if (quoted) throw new Error(`CSV: unterminated quoted field on row ${rows.length + 1}`);
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

/** Rows as objects keyed by the header; every row must have as many cells as the header. */
export function parseCsvRecords(text: string, source = "CSV"): Record<string, string>[] {
  const [header, ...body] = parseCsv(text);
  if (!header) throw new Error(`${source}: empty file`);
  return body
    .filter((cells) => !(cells.length === 1 && cells[0] === ""))
    .map((cells, index) => {
      if (cells.length !== header.length) {
        throw new Error(`${source} row ${index + 2}: ${cells.length} cells, the header has ${header.length}`);
      }
      return Object.fromEntries(header.map((name, column) => [name, cells[column] ?? ""]));
    });
}

type Cell = (column: string) => string;

function readRecords<T>(file: string, dir: string, map: (cell: Cell, where: string) => T): T[] {
  const records = parseCsvRecords(readFileSync(path.join(dir, file), "utf8"), file);
  return records.map((record, index) => {
    const where = `${file} row ${index + 2}`;
    const cell: Cell = (column) => {
      const value = record[column];
      if (value === undefined) throw new Error(`${file}: no column "${column}"`);
      return value.trim();
    };
    return map(cell, where);
  });
}

function required(value: string, where: string, column: string): string {
  if (value === "") throw new Error(`${where}: ${column} is empty`);
  return value;
}

const optional = (value: string): string | null => (value === "" ? null : value);

function matching(value: string, pattern: RegExp, where: string, column: string): string {
  if (!pattern.test(value)) throw new Error(`${where}: ${column} "${value}" does not match ${pattern}`);
  return value;
}

function yesNo(value: string, where: string, column: string): boolean {
  if (value === "yes") return true;
  if (value === "no") return false;
  throw new Error(`${where}: ${column} must be yes or no (got "${value}")`);
}

/**
 * UN members + Palestine. `g77` is true for the "Group of 77 and China" list, the platform's
 * Global South list: `yes`, and `assoc` for China (listed with the group, not a member by its
 * own account; the nuance stays in `notes`).
 */
export function readCountries(dir = REFERENCE_DIR): ReferenceCountry[] {
  return readRecords("countries.csv", dir, (cell, where) => {
    const g77 = cell("g77");
    if (g77 !== "yes" && g77 !== "no" && g77 !== "assoc") throw new Error(`${where}: g77 must be yes, no or assoc (got "${g77}")`);
    return {
      iso2: matching(cell("iso2"), /^[A-Z]{2}$/, where, "iso2"),
      iso3: matching(cell("iso3"), /^[A-Z]{3}$/, where, "iso3"),
      name: required(cell("name"), where, "name"),
      region: required(cell("m49_region"), where, "m49_region"),
      subregion: required(cell("m49_subregion"), where, "m49_subregion"),
      g77: g77 !== "no",
      brics: yesNo(cell("brics"), where, "brics"),
      notes: optional(cell("notes")),
    };
  });
}

export function readMechanisms(dir = REFERENCE_DIR): ReferenceMechanism[] {
  return readRecords("mechanisms.csv", dir, (cell, where) => ({
    code: matching(cell("code"), /^[A-Z0-9_]+$/, where, "code"),
    name: required(cell("name"), where, "name"),
    kind: required(cell("kind"), where, "kind"),
    membersNote: optional(cell("members_note")),
    founded: optional(cell("founded")),
  }));
}

export function readSectors(dir = REFERENCE_DIR): ReferenceSector[] {
  return readRecords("sectors.csv", dir, (cell, where) => {
    const dacCode = optional(cell("dac_code"));
    return {
      code: matching(cell("code"), /^[a-z0-9_]+$/, where, "code"),
      name: required(cell("name"), where, "name"),
      dacCode: dacCode === null ? null : matching(dacCode, /^\d{5}$/, where, "dac_code"),
    };
  });
}

/** Cross-border transfer rules: `accepted_safeguards` is a `;`-separated list of safeguard codes. */
export function readTransferRules(dir = REFERENCE_DIR): ReferenceTransferRule[] {
  return readRecords("transfer-rules.csv", dir, (cell, where) => ({
    iso2: matching(cell("iso2"), /^[A-Z]{2}$/, where, "iso2"),
    law: required(cell("law"), where, "law"),
    safeguardRequired: yesNo(cell("safeguard_required"), where, "safeguard_required"),
    acceptedSafeguards: cell("accepted_safeguards")
      .split(";")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
    extraDuties: optional(cell("extra_duties")),
    localisation: optional(cell("localisation")),
    verified: required(cell("verified"), where, "verified"),
  }));
}

/** ON DUPLICATE KEY UPDATE every column except the primary key with the value just inserted. */
function replaceNonKeyColumns(table: MySqlTable, key: string) {
  return Object.fromEntries(
    Object.entries(getTableColumns(table))
      .filter(([name]) => name !== key)
      .map(([name, column]) => [name, sql`values(${sql.identifier(column.name)})`]),
  );
}

/**
 * Upserts the four reference tables from the CSVs: one statement per table, in one transaction.
 * Idempotent; rows no longer in a CSV are kept (other tables refer to them).
 */
export async function loadReferenceData(db: Executor, dir = REFERENCE_DIR): Promise<ReferenceCounts> {
  const countryRows = readCountries(dir);
  const mechanismRows = readMechanisms(dir);
  // The column is NOT NULL: a sector without a DAC code is stored with an empty code.
  const sectorRows = readSectors(dir);
  const ruleRows = readTransferRules(dir);
  await db.transaction(async (tx) => {
    await tx.insert(countries).values(countryRows).onDuplicateKeyUpdate({ set: replaceNonKeyColumns(countries, "iso2") });
    await tx.insert(mechanisms).values(mechanismRows).onDuplicateKeyUpdate({ set: replaceNonKeyColumns(mechanisms, "code") });
    await tx.insert(sectors).values(sectorRows).onDuplicateKeyUpdate({ set: replaceNonKeyColumns(sectors, "code") });
    await tx.insert(transferRules).values(ruleRows).onDuplicateKeyUpdate({ set: replaceNonKeyColumns(transferRules, "iso2") });
  });
  return {
    countries: countryRows.length,
    mechanisms: mechanismRows.length,
    sectors: sectorRows.length,
    transferRules: ruleRows.length,
  };
}
