// A section's values as the section editor holds them: the proposal form's values (the same field
// names as the server's), the fields each section saves, and what a CONFLICT carries.
import type { SaveSectionInput } from "@/server/coauthoring/schemas";
import { SECTION_FIELDS, type Section } from "@/server/coauthoring/section-fields";
import { valuesFromContent } from "../form-initial";
import { draftFromValues, type ProgrammeFormValues } from "../form-values";

export type SectionFormField = (typeof SECTION_FIELDS)[Section][number];

/** The section's fields, as the form holds them. */
export const sectionFields = (section: Section): readonly SectionFormField[] => SECTION_FIELDS[section];

/** Form values from a section's values as the server holds them (the other fields empty). */
export function formValuesOf(values: Record<string, unknown>): ProgrammeFormValues {
  return valuesFromContent(values, []);
}

const LISTS: readonly string[] = ["sectors", "spilloverCountries", "languages", "fundingSources", "outcomes"];
const TEXTS: readonly string[] = ["summary", "description"];
/** How a draft clears a field the author emptied: an empty list, empty text, or null. */
const cleared = (field: string) => (LISTS.includes(field) ? [] : TEXTS.includes(field) ? "" : null);

/** What saving the section sends: the section's fields of the form's draft, emptied ones cleared. */
export function sectionDraft(section: Section, values: ProgrammeFormValues): SaveSectionInput["values"] {
  const draft = draftFromValues(values) as Record<string, unknown>;
  return Object.fromEntries(sectionFields(section).map((f) => [f, draft[f] === undefined ? cleared(f) : draft[f]]));
}

/** The same value in two editors' hands (rows compared without their editor keys). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, (k, v: unknown) => (k === "key" ? undefined : v)) === JSON.stringify(b, (k, v: unknown) => (k === "key" ? undefined : v));
}

/** What the server refused with: the section as it holds it now (server/coauthoring/sections.ts). */
export type ServerSection = { section: string; version: number; values: Record<string, unknown> };

/** The section a CONFLICT carries (server/trpc/init.ts adds `current` to the error's data), if any. */
export function serverSectionOf(data: unknown): ServerSection | null {
  const current = (data as { current?: unknown } | undefined)?.current as Partial<ServerSection> | null | undefined;
  return current && typeof current.version === "number" && current.values && typeof current.values === "object" ? (current as ServerSection) : null;
}
