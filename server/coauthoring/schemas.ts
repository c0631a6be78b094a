// Co-authoring a proposal (issue #16): the proposal's text in sections, each saved with its own
// version; the co-lead list changed by its own steps; the activity feed's page. Shared with the forms.
import "../common/zod-browser";
import { z } from "zod";
import { idSchema, versionSchema } from "../institutions/schemas";
import { programmeDraft } from "../programmes/schemas";
import type { Section } from "./section-fields";

export { SECTION_FIELDS, SECTIONS, type Section, type SectionField } from "./section-fields";

const draft = programmeDraft.partial();
/** A section's version starts at 0 (never saved since the column was added). */
const sectionVersion = z.number().int().min(0).max(2_147_483_647);

const section = <S extends Section, V extends z.ZodType>(name: S, values: V) =>
  z.object({ programmeId: idSchema, section: z.literal(name), version: sectionVersion, values });

/** Saving one section: the section's version the author loaded, and any of its fields. */
export const saveSectionInput = z.discriminatedUnion("section", [
  section("basics", draft.pick({ title: true, summary: true, description: true, workingArea: true, format: true }).strict()),
  section("scope", draft.pick({ sectors: true, mechanismCode: true, hubCountry: true, spilloverCountries: true, languages: true }).strict()),
  section("schedule", draft.pick({ startDate: true, endDate: true, applicationDeadline: true, capacity: true }).strict()),
  section("budget", draft.pick({ budgetAmount: true, budgetCurrency: true, fundingSources: true }).strict()),
  section("outcomes", draft.pick({ outcomes: true, involvesDataSharing: true }).strict()),
]);
export type SaveSectionInput = z.infer<typeof saveSectionInput>;

/** Invite or remove a co-lead institution (the lead), or leave (the co-lead): on the programme's version. */
export const coLeadInput = z.object({ programmeId: idSchema, version: versionSchema, institutionId: idSchema });
export type CoLeadInput = z.infer<typeof coLeadInput>;

/** A page of a programme's activity, newest first; `before` is the last item's cursor of the previous page. */
export const activityInput = z.object({
  programmeId: idSchema,
  before: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.number().int().min(1).max(50).default(20),
});
export type ActivityInput = z.infer<typeof activityInput>;

/** A page of a proposal's revision history (50 a page), newest first; `before` as for the activity. */
export const historyInput = z.object({
  programmeId: idSchema,
  before: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});
export type HistoryInput = z.infer<typeof historyInput>;
