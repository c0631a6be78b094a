// A proposal's sections as the database keeps them: each section's fields and its version column.
import type { ProgrammeRow } from "../programmes/queries";
import { SECTION_FIELDS, SECTIONS, type Section } from "./schemas";

/** The column (a key of the programmes table) holding each section's version. */
export const SECTION_VERSION_KEY = {
  basics: "basicsVersion",
  scope: "scopeVersion",
  schedule: "scheduleVersion",
  budget: "budgetVersion",
  outcomes: "outcomesVersion",
} as const satisfies Record<Section, keyof ProgrammeRow>;

/** A section as the server holds it now: its version and the values of its fields. */
export function sectionState(programme: ProgrammeRow, section: Section) {
  return {
    section,
    version: programme[SECTION_VERSION_KEY[section]],
    values: Object.fromEntries(SECTION_FIELDS[section].map((f) => [f, programme[f] ?? null])) as Record<string, unknown>,
  };
}

/** Every section's version (the proposal page hands them to the section editors). */
export function sectionVersions(programme: ProgrammeRow): Record<Section, number> {
  return Object.fromEntries(SECTIONS.map((s) => [s, programme[SECTION_VERSION_KEY[s]]])) as Record<Section, number>;
}

/** The sections a whole-form save touches (it moves their versions on, so no section editor overwrites it). */
export function sectionsTouchedBy(fields: readonly string[]): Section[] {
  return SECTIONS.filter((s) => (SECTION_FIELDS[s] as readonly string[]).some((f) => fields.includes(f)));
}
