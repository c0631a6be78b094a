import { changedFields } from "../audit/record-audit";
import type { UseCaseContext } from "../context";
import { conflictWith, isDomainError } from "../errors";
import { actingPartyOf } from "../programmes/parties";
import { onProgramme, programmeMoved } from "../programmes/programme-step";
import { findProgramme, type ProgrammeRow } from "../programmes/queries";
import { transition } from "../workflow/transition";
import type { SaveSectionInput } from "./schemas";
import { SECTION_VERSION_KEY, sectionState } from "./sections";

/** CONFLICT with the section as the server holds it now, so the author can choose field by field. */
const staleSection = (programme: ProgrammeRow, input: SaveSectionInput) => conflictWith("programme", sectionState(programme, input.section));

const editedFields = (programme: ProgrammeRow, input: SaveSectionInput) => changedFields(sectionState(programme, input.section).values, input.values);

/**
 * A party's member (lead or co-lead, verified, current membership) saves one section of the
 * draft, based on the section's version they loaded. Saves of other sections never conflict
 * with it; a save of the same section in between is a CONFLICT carrying the server's values.
 * The audit event names the institution the author acted for.
 */
const saveSectionStep = transition({
  ...onProgramme<SaveSectionInput>(),
  event: "coauthor",
  partLock: {
    part: (input) => SECTION_VERSION_KEY[input.section],
    current: (found, input) => found.programme[SECTION_VERSION_KEY[input.section]],
    stale: (found, input) => staleSection(found.programme, input),
  },
  unchanged: ({ loaded, input }) => Object.keys(editedFields(loaded.programme, input)).length === 0,
  change: ({ input }) => ({ set: input.values }),
  audit: ({ input, loaded, viewer }) => ({
    action: "programme.editSection",
    onBehalfOfInstitutionId: actingPartyOf(viewer, loaded.programme) ?? loaded.programme.leadInstitutionId,
    changes: editedFields(loaded.programme, input),
    context: { section: input.section },
  }),
  // The programme's new version (for whole-programme steps such as submitting) and the section's.
  result: (facts) => ({ ...programmeMoved(facts), section: facts.input.section, sectionVersion: facts.written ? facts.input.version + 1 : facts.input.version }),
});

/**
 * Saves a section. When another save of the same section won the race at write time, the
 * section is read again (one more read, on the losing path only) so the CONFLICT still carries
 * the values that won.
 */
export async function saveSection(ctx: UseCaseContext, input: SaveSectionInput) {
  try {
    return await saveSectionStep(ctx, input);
  } catch (error) {
    if (!isDomainError(error) || error.code !== "CONFLICT" || error.current) throw error;
    const found = await findProgramme(ctx.db, input.programmeId);
    throw found ? staleSection(found.programme, input) : error;
  }
}
