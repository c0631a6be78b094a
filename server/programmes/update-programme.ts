import { sql } from "drizzle-orm";
import { programmes } from "@/db/schema";
import { changedFields } from "../audit/record-audit";
import { SECTION_VERSION_KEY, sectionsTouchedBy } from "../coauthoring/sections";
import { transition } from "../workflow/transition";
import { contentOf } from "./content";
import { onProgramme, programmeMoved } from "./programme-step";
import type { ProgrammeDraft } from "./schemas";

export type UpdateProgrammeInput = Partial<ProgrammeDraft> & { programmeId: string; version: number };

/** The fields a save writes: what was sent, co-leads never including the lead itself. */
function fieldsOf(input: UpdateProgrammeInput, programme: { leadInstitutionId: string; coLeadInstitutionIds: string[] }) {
  const { programmeId: _id, version: _version, ...draft } = input;
  return { ...draft, coLeadInstitutionIds: (draft.coLeadInstitutionIds ?? programme.coLeadInstitutionIds).filter((i) => i !== programme.leadInstitutionId) };
}

/**
 * A whole-form save moves on the version of every section it sends, so a section editor
 * holding an older section (server/coauthoring/) gets CONFLICT instead of overwriting it.
 */
function sectionBumps(input: UpdateProgrammeInput) {
  return Object.fromEntries(sectionsTouchedBy(Object.keys(input)).map((s) => [SECTION_VERSION_KEY[s], sql`${programmes[SECTION_VERSION_KEY[s]]} + 1`]));
}

/**
 * The proposer saves the text (a draft, or a revision after "changes requested"). Based on
 * the version they loaded: if somebody saved in between, CONFLICT and the newer text stays.
 */
export const updateProgramme = transition({
  ...onProgramme<UpdateProgrammeInput>(),
  event: "edit",
  change: ({ input, loaded }) => ({ set: { ...fieldsOf(input, loaded.programme), ...sectionBumps(input) } }),
  audit: ({ input, loaded }) => ({
    action: "programme.edit",
    onBehalfOfInstitutionId: loaded.programme.leadInstitutionId,
    changes: changedFields(contentOf(loaded.programme), fieldsOf(input, loaded.programme)),
    context: {},
  }),
  result: programmeMoved,
});
