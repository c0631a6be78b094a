import { and, asc, eq } from "drizzle-orm";
import { programmeDecisions, reviews } from "@/db/schema";
import { can } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { eventsFrom } from "../workflow/state-machine";
import { institutionsByIds, findProgramme, listDecisions, listRevisions, programmeSubject, statusTimeline } from "./queries";
import { programmeMachine } from "./transitions";

/** What a visitor may see (the machine's `public` group). */
export const PUBLIC_STATUSES = programmeMachine.groups.public;

/** Comments meant for the proposer on decided revisions, without any reviewer identity. */
async function feedbackForProposer(ctx: UseCaseContext, programmeId: string) {
  return ctx.db
    .select({ revisionNumber: reviews.revisionNumber, comments: reviews.commentsToProposer })
    .from(reviews)
    .innerJoin(programmeDecisions, and(eq(programmeDecisions.programmeId, reviews.programmeId), eq(programmeDecisions.revisionNumber, reviews.revisionNumber)))
    .where(eq(reviews.programmeId, programmeId))
    .orderBy(asc(reviews.revisionNumber), asc(reviews.id));
}

/**
 * A programme as its reader may see it. Public once open; before that only its lead and
 * co-lead institutions' members, its review panel and admins see it (others: NOT_FOUND).
 * Nothing here names a reviewer.
 */
export async function getProgramme(ctx: UseCaseContext, programmeId: string) {
  const found = await findProgramme(ctx.db, programmeId);
  if (!found) throw notFound("programme");
  const { programme, panel } = found;
  const subject = programmeSubject(programme, panel);
  const canSeePrivate = can(ctx.viewer, "programme.viewPrivate", subject);
  if (!canSeePrivate && !(PUBLIC_STATUSES as readonly string[]).includes(programme.status)) throw notFound("programme");

  const [revisions, decisions, timeline, feedback, coLeads] = await Promise.all([
    canSeePrivate ? listRevisions(ctx.db, programme.id) : Promise.resolve([]),
    canSeePrivate ? listDecisions(ctx.db, programme.id) : Promise.resolve([]),
    canSeePrivate ? statusTimeline(ctx.db, programme.id) : Promise.resolve([]),
    canSeePrivate ? feedbackForProposer(ctx, programme.id) : Promise.resolve([]),
    institutionsByIds(ctx.db, programme.coLeadInstitutionIds),
  ]);
  const isAdmin = can(ctx.viewer, "programme.override");
  return {
    programme,
    leadName: found.leadName,
    leadCountry: found.leadCountry,
    coLeads,
    canSeePrivate,
    revisions: revisions.map((r) => ({ number: r.number, createdAt: r.createdAt })),
    decisions: decisions.map((d) => ({
      revisionNumber: d.revisionNumber,
      outcome: d.outcome,
      letter: d.letter,
      createdAt: d.createdAt,
      overrideReason: isAdmin ? d.overrideReason : null,
    })),
    timeline: timeline.map((t) => ({ action: t.action, occurredAt: t.occurredAt, status: (t.changes.status?.after as string | undefined) ?? null })),
    feedback,
    can: {
      edit: can(ctx.viewer, "programme.edit", subject) && ["draft", "changes_requested"].includes(programme.status),
      submit: can(ctx.viewer, "programme.submit", subject) && eventsFrom(programmeMachine, programme.status).some((e) => e === "submit" || e === "resubmit"),
      withdraw: can(ctx.viewer, "programme.withdraw", subject) && eventsFrom(programmeMachine, programme.status).includes("withdraw"),
      review: can(ctx.viewer, "review.write", subject),
      decide: can(ctx.viewer, "programme.decide", subject) && programme.status === "under_review",
      assign: can(ctx.viewer, "programme.assignPanel", subject) && ["submitted", "under_review"].includes(programme.status),
    },
  };
}
