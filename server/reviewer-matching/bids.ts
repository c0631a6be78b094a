// Bids: reviewers see the proposals awaiting a panel — reference, title and summary only, never
// the private parts before they are assigned — and say how much they want to review each one.
// A "conflict" bid is binding: the batch solver and the single assignment both refuse the pair.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { programmes, reviewerBids } from "@/db/schema";
import { newId } from "@/db/ids";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { conflict, DomainError, notFound } from "../errors";
import { commit } from "../workflow/commit";
import { findBid, PANEL_STATUSES } from "./queries";
import type { PlaceBidInput } from "./schemas";

const PAGE_SIZE = 20;

/** Proposals open for bids (awaiting a panel or still in review), oldest first, with the viewer's bid. */
export async function listOpenForBids(ctx: UseCaseContext, page: number) {
  assertCan(ctx.viewer, "review.bid");
  const rows = await ctx.db
    .select({
      programmeId: programmes.id,
      reference: programmes.reference,
      title: programmes.title,
      summary: programmes.summary,
      bid: reviewerBids.bid,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(programmes)
    .leftJoin(reviewerBids, and(eq(reviewerBids.programmeId, programmes.id), eq(reviewerBids.reviewerUserId, ctx.viewer.userId)))
    .where(inArray(programmes.status, [...PANEL_STATUSES]))
    .orderBy(asc(programmes.submittedAt), asc(programmes.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  return { items: rows.map(({ total: _total, ...r }) => r), total: rows[0]?.total ?? 0, page, pageSize: PAGE_SIZE };
}

/** Places, changes or (bid: null) withdraws the viewer's bid on a proposal open for bids. */
export async function placeBid(ctx: UseCaseContext, input: PlaceBidInput) {
  const { db, viewer } = ctx;
  assertCan(viewer, "review.bid");
  const [[programme], existing] = await Promise.all([
    db.select({ id: programmes.id, status: programmes.status }).from(programmes).where(eq(programmes.id, input.programmeId)).limit(1),
    findBid(db, viewer.userId, input.programmeId),
  ]);
  // A draft, or a proposal past its review, is not open for bids: it does not exist for a bidder.
  if (!programme) throw notFound("programme");
  if (!(PANEL_STATUSES as readonly string[]).includes(programme.status)) throw new DomainError("INVALID_TRANSITION", { machine: "bid", from: programme.status, event: "bid" });
  const before = existing?.bid ?? null;
  const mine = and(eq(reviewerBids.reviewerUserId, viewer.userId), eq(reviewerBids.programmeId, input.programmeId));
  const statement =
    input.bid === null
      ? db.delete(reviewerBids).where(mine)
      : existing
        ? db.update(reviewerBids).set({ bid: input.bid }).where(and(mine, eq(reviewerBids.bid, existing.bid)))
        : db.insert(reviewerBids).values({ id: newId(), reviewerUserId: viewer.userId, programmeId: input.programmeId, bid: input.bid });
  await commit(db, {
    // A bid changed by another tab since it was read changes no row: CONFLICT.
    changes: [{ statement, expectRows: existing || input.bid !== null ? 1 : 0 }],
    event: {
      action: "review.bid",
      objectType: "reviewer_bid",
      objectId: input.programmeId,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      changes: { bid: { before, after: input.bid } },
      context: {},
    },
    request: requestFacts(ctx.meta),
    onDuplicate: () => conflict("bid"),
  });
  return { programmeId: input.programmeId, bid: input.bid };
}
