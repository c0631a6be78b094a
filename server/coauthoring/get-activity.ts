import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { findProgramme, programmeSubject } from "../programmes/queries";
import { activityItem, FEED_ACTIONS } from "./activity-items";
import { activityRows } from "./activity-queries";
import type { ActivityInput } from "./schemas";

/**
 * A programme's activity, newest first, a page at a time: edits (who, for which institution,
 * which section), submissions, reviews received (never by whom), decisions, co-leads,
 * participations and agreement steps. Its parties and admins read it; nobody else learns more
 * than that the programme exists when it is public.
 */
export async function getActivity(ctx: UseCaseContext, input: ActivityInput) {
  const found = await findProgramme(ctx.db, input.programmeId);
  if (!found) throw notFound("programme");
  assertCan(ctx.viewer, "programme.activity", programmeSubject(found.programme, found.panel));
  const rows = await activityRows(ctx.db, input.programmeId, FEED_ACTIONS, input.before, input.limit + 1);
  const items = rows.slice(0, input.limit).map(activityItem);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.cursor ?? null) : null };
}
