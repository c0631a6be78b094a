import { assertCan, can } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { findProgramme, programmeSubject } from "../programmes/queries";
import { activityRows } from "./activity-queries";
import { HISTORY_PAGE_SIZE, historyItem, REVISION_ACTIONS, SAVE_ACTIONS } from "./history-items";
import type { HistoryInput } from "./schemas";

/**
 * A proposal's revision history, newest first, 50 a page (keyset on the audit id): every section
 * save and every submitted revision. Whoever may read the draft privately reads it; the parties
 * and admins see every save with its author, the panel the submitted revisions only.
 */
export async function getHistory(ctx: UseCaseContext, input: HistoryInput) {
  const found = await findProgramme(ctx.db, input.programmeId);
  if (!found) throw notFound("programme");
  const subject = programmeSubject(found.programme, found.panel);
  assertCan(ctx.viewer, "programme.viewPrivate", subject);
  const full = can(ctx.viewer, "programme.activity", subject);
  const actions = full ? [...SAVE_ACTIONS, ...REVISION_ACTIONS] : REVISION_ACTIONS;
  const rows = await activityRows(ctx.db, input.programmeId, actions, input.before, HISTORY_PAGE_SIZE + 1);
  const items = rows.slice(0, HISTORY_PAGE_SIZE).map((row) => historyItem(row, full));
  return { items, nextCursor: rows.length > HISTORY_PAGE_SIZE ? (items.at(-1)?.cursor ?? null) : null, saves: full };
}
