import type { Database } from "@/db/client";
import { newId } from "@/db/ids";
import { programmeRevisions } from "@/db/schema";
import { invalidFields } from "../errors";
import type { Notice } from "../notifications/notices";
import { transition } from "../workflow/transition";
import { contentOf, countryProblems } from "./content";
import { onProgramme, type FoundProgramme, type ProgrammeInput } from "./programme-step";
import { countryEligibility } from "./queries";
import { programmeContent } from "./schemas";

const programme = onProgramme<ProgrammeInput>();

/** Completeness, field by field: every missing or invalid field, as the form shows it. */
function completenessProblems(content: unknown): Record<string, string[]> {
  const parsed = programmeContent.safeParse(content);
  if (parsed.success) return {};
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    // A missing value is a type error in zod; the form shows "required" for it.
    const key = issue.message.startsWith("validation.") ? issue.message : "validation.required";
    (fields[String(issue.path[0] ?? "form")] ??= []).push(key);
  }
  return fields;
}

/** The first submission goes to the admins' desk; a resubmission to the panel already reviewing it. */
function submittedNotices(found: FoundProgramme, event: "submit" | "resubmit", revision: number): Notice[] {
  const p = found.programme;
  const params = { reference: p.reference, title: p.title, institution: found.leadName, revision: String(revision) };
  if (event === "submit") return [{ to: { role: "admin" }, kind: "programmeSubmitted", params, path: `/review-desk/${p.id}` }];
  const panel = found.panel.filter((m) => m.status === "active").map((m) => m.userId);
  return [{ to: { users: panel }, kind: "programmeSubmitted", params, path: `/reviews/${p.id}` }];
}

/**
 * Submits a draft (revision 1) or resubmits after "changes requested" (the next revision):
 * checks completeness field by field, freezes the text as a numbered revision, and tells
 * the admins (first submission) or the panel (resubmission).
 */
export const submitProgramme = transition({
  ...programme,
  event: (_input, found) => (found.programme.status === "changes_requested" ? "resubmit" : "submit"),
  load: async (db: Database, input: ProgrammeInput) => {
    const [found, eligible] = await Promise.all([programme.load(db, input), countryEligibility(db)]);
    return found && { ...found, eligible };
  },
  rules: ({ loaded }) => {
    const incomplete = completenessProblems(contentOf(loaded.programme));
    if (Object.keys(incomplete).length > 0) throw invalidFields(incomplete);
    const problems = countryProblems(programmeContent.parse(contentOf(loaded.programme)), loaded.leadCountry, loaded.eligible);
    if (Object.keys(problems).length > 0) throw invalidFields(problems);
  },
  change: ({ db, loaded, viewer, now }) => {
    const revision = loaded.programme.currentRevision + 1;
    return {
      set: { currentRevision: revision, submittedAt: now },
      after: [
        {
          statement: db
            .insert(programmeRevisions)
            .values({ id: newId(), programmeId: loaded.programme.id, number: revision, content: contentOf(loaded.programme), submittedByUserId: viewer.userId }),
        },
      ],
    };
  },
  audit: ({ event, loaded, from, to }) => ({
    action: event === "resubmit" ? "programme.resubmit" : "programme.submit",
    onBehalfOfInstitutionId: loaded.programme.leadInstitutionId,
    changes: { status: { before: from, after: to }, revision: { before: loaded.programme.currentRevision, after: loaded.programme.currentRevision + 1 } },
    context: {},
  }),
  notices: ({ loaded, event }) => submittedNotices(loaded, event === "resubmit" ? "resubmit" : "submit", loaded.programme.currentRevision + 1),
  result: ({ target, to, loaded }) => ({ programmeId: target.id, status: to, revision: loaded.programme.currentRevision + 1, version: target.version + 1 }),
});
