import type { ThreadAudience } from "@/db/schema/discussions";
import { assertCan } from "../authz/permissions";
import type { Viewer } from "../authz/viewer";
import { canRead } from "../discussions/access";
import { findProgrammePlace, type Place } from "../discussions/place";
import { reviewerNumbers } from "../discussions/present";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { findProgramme, programmeSubject } from "../programmes/queries";
import { activityItem, FEED_ACTIONS } from "./activity-items";
import { activityRows } from "./activity-queries";
import type { ActivityInput } from "./schemas";

/**
 * A programme's activity, newest first, a page at a time: edits (who, for which institution,
 * which section), submissions, reviews received (never by whom), decisions, co-leads,
 * participations and agreement steps, and discussion events of the threads the reader may read
 * (a proposer never sees the panel's). Its parties and admins read it; nobody else learns more
 * than that the programme exists when it is public.
 */
/**
 * The thread audiences whose events the reader sees. Clause threads go with the parties' threads:
 * the feed's readers are the lead's and co-leads' people (always parties of its agreements) and admins.
 */
function readableAudiences(viewer: Viewer, place: Place): ThreadAudience[] {
  const audiences = (["parties", "parties_and_reviewers", "panel", "public"] as const).filter((a) => canRead(viewer, a, place));
  return audiences.includes("parties") ? [...audiences, "clause"] : audiences;
}

export async function getActivity(ctx: UseCaseContext, input: ActivityInput) {
  const [found, place] = await Promise.all([findProgramme(ctx.db, input.programmeId), findProgrammePlace(ctx.db, input.programmeId)]);
  if (!found || !place) throw notFound("programme");
  assertCan(ctx.viewer, "programme.activity", programmeSubject(found.programme, found.panel));
  const rows = await activityRows(ctx.db, input.programmeId, FEED_ACTIONS, input.before, input.limit + 1, readableAudiences(ctx.viewer, place));
  const numbers = reviewerNumbers(place);
  const items = rows.slice(0, input.limit).map((row) => activityItem(row, numbers));
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.cursor ?? null) : null };
}
