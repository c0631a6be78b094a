// Reading a thread: one wave (the thread and its place, a page of its messages, its people).
import type { Viewer } from "../authz/viewer";
import type { UseCaseContext } from "../context";
import { isDomainError, notFound } from "../errors";
import { assertModerates, assertReads, assertWrites, isClosed, seesReviewerNames } from "./access";
import { mentionCandidates, mentionPresenter } from "./mentions";
import { findThread, type Place, type ThreadRow } from "./place";
import { presentMessage, reviewerNumbers } from "./present";
import { threadMessages, threadPeople } from "./queries";
import { MESSAGES_PER_PAGE, type ThreadInput } from "./schemas";

/** Whether a check passes (a refusal is an answer here, not an error). */
export function passes(check: () => void): boolean {
  try {
    check();
    return true;
  } catch (error) {
    if (isDomainError(error)) return false;
    throw error;
  }
}

export function threadAbilities(viewer: Viewer, thread: ThreadRow, place: Place) {
  const closed = isClosed(thread.audience, place);
  return {
    closed,
    canWrite: !closed && passes(() => assertWrites(viewer, thread.audience, place, thread)),
    canModerate: passes(() => assertModerates(viewer, thread.audience, place)),
  };
}

export async function getThread(ctx: UseCaseContext, input: ThreadInput) {
  const { db, viewer } = ctx;
  const [found, page, people] = await Promise.all([findThread(db, input.threadId, viewer?.userId ?? null), threadMessages(db, input.threadId, input.page), threadPeople(db, { threadId: input.threadId })]);
  if (!found) throw notFound("thread");
  const { thread, place } = found;
  assertReads(viewer, thread.audience, place);
  const abilities = threadAbilities(viewer, thread, place);
  const namesShown = seesReviewerNames(viewer, place);
  const numbers = reviewerNumbers(place);
  const now = new Date();
  const mentions = mentionPresenter(viewer, thread.audience, place, people);
  return {
    thread: {
      id: thread.id,
      subject: thread.subject,
      audience: thread.audience,
      clause: thread.clause,
      agreementId: thread.agreementId,
      programme: { id: place.programme.id, reference: place.programme.reference, title: place.programme.title },
    },
    ...abilities,
    following: found.following,
    messages: page.rows.map((row) => presentMessage(row, { viewer, audience: thread.audience, numbers, namesShown, open: !abilities.closed, now, mentions })),
    page: input.page,
    pageSize: MESSAGES_PER_PAGE,
    total: page.total,
    mentionable: abilities.canWrite ? mentionCandidates(viewer, thread.audience, place, people) : [],
  };
}

export type ThreadView = Awaited<ReturnType<typeof getThread>>;
