import { newId } from "@/db/ids";
import { programmeRevisions } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { DomainError, invalidFields, notFound } from "../errors";
import { notify } from "../notifications/notify";
import { commitAtomic } from "../workflow/commit-transition";
import { nextState } from "../workflow/state-machine";
import { contentOf, countryProblems } from "./content";
import { countryEligibility, findProgramme, guardedProgrammeUpdate, programmeSubject } from "./queries";
import { programmeContent } from "./schemas";
import { programmeMachine } from "./transitions";

/**
 * Submits a draft (revision 1) or resubmits after "changes requested" (the next revision):
 * checks completeness field by field, freezes the text as a numbered revision, and tells
 * the admins (first submission) or the panel (resubmission).
 */
export async function submitProgramme(ctx: UseCaseContext, input: { programmeId: string; version: number }) {
  const { db, viewer } = ctx;
  const [found, eligible] = await Promise.all([findProgramme(db, input.programmeId), countryEligibility(db)]);
  if (!found) throw notFound("programme");
  const { programme, panel } = found;
  assertCan(viewer, "programme.submit", programmeSubject(programme, panel));
  const event = programme.status === "changes_requested" ? "resubmit" : "submit";
  const to = nextState(programmeMachine, programme.status, event);
  if (programme.version !== input.version) throw new DomainError("CONFLICT", { what: "programme" });

  const content = contentOf(programme);
  const parsed = programmeContent.safeParse(content);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      // A missing value is a type error in zod; the form shows "required" for it.
      const key = issue.message.startsWith("validation.") ? issue.message : "validation.required";
      (fields[String(issue.path[0] ?? "form")] ??= []).push(key);
    }
    throw invalidFields(fields);
  }
  const problems = countryProblems(parsed.data, found.leadCountry, eligible);
  if (Object.keys(problems).length > 0) throw invalidFields(problems);

  const revision = programme.currentRevision + 1;
  const now = new Date();
  await commitAtomic(
    db,
    [
      guardedProgrammeUpdate(db, programme.id, programme, { status: to, currentRevision: revision, submittedAt: now }),
      { statement: db.insert(programmeRevisions).values({ id: newId(), programmeId: programme.id, number: revision, content, submittedByUserId: viewer!.userId }) },
    ],
    {
      actorUserId: viewer!.userId,
      onBehalfOfInstitutionId: programme.leadInstitutionId,
      action: `programme.${event}`,
      objectType: "programme",
      objectId: programme.id,
      changes: { status: { before: programme.status, after: to }, revision: { before: programme.currentRevision, after: revision } },
      context: metaContext(ctx.meta),
    },
  );

  const params = { reference: programme.reference, title: programme.title, institution: found.leadName, revision: String(revision) };
  const activePanel = panel.filter((m) => m.status === "active").map((m) => m.userId);
  await afterResponse(ctx, () =>
    event === "submit"
      ? notify(db, { role: "admin" }, "programmeSubmitted", params, `/review-desk/${programme.id}`)
      : notify(db, { userIds: activePanel }, "programmeSubmitted", params, `/reviews/${programme.id}`),
  );
  return { programmeId: programme.id, status: to, revision, version: programme.version + 1 };
}
