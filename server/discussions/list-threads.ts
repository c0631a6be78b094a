// A page of the threads of one audience on a proposal, or of an agreement version's clause
// threads; and a programme's public questions with their answers (the programme page, no JS).
import type { ThreadAudience } from "@/db/schema/discussions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { assertReads, assertWrites, isClosed } from "./access";
import { passes } from "./get-thread";
import { findAgreementPlace, findProgrammePlace } from "./place";
import { presentMessage, reviewerNumbers } from "./present";
import { mentionCandidates } from "./mentions";
import { publicQuestionMessages, threadPeople, threadsPage } from "./queries";
import { THREADS_PER_PAGE, type ListThreadsInput } from "./schemas";

export async function listThreads(ctx: UseCaseContext, input: ListThreadsInput) {
  const { db, viewer } = ctx;
  const audience: ThreadAudience = input.on === "agreement" ? "clause" : input.audience;
  const where = input.on === "agreement" ? { agreementId: input.agreementId } : { programmeId: input.programmeId, audience };
  const [place, page, people] = await Promise.all([
    input.on === "agreement" ? findAgreementPlace(db, input.agreementId) : findProgrammePlace(db, input.programmeId),
    threadsPage(db, where, input.page),
    audience === "public" || viewer === null ? undefined : threadPeople(db, where),
  ]);
  if (!place) throw notFound(input.on);
  assertReads(viewer, audience, place);
  const closed = isClosed(audience, place);
  const canStart = !closed && passes(() => assertWrites(viewer, audience, place));
  return {
    audience,
    closed,
    canStart,
    /** Whom the starter of a new thread may mention (see mentions.ts). */
    mentionable: canStart && people ? mentionCandidates(viewer, audience, place, people) : [],
    threads: page.rows.map((t) => ({ id: t.id, subject: t.subject, clause: t.clause, messageCount: Number(t.messageCount), lastMessageAt: t.lastMessageAt.toISOString() })),
    page: input.page,
    pageSize: THREADS_PER_PAGE,
    total: page.total,
  };
}

/** A programme's public questions, each with its messages, for the programme page (readable without JavaScript). */
export async function listPublicQuestions(ctx: UseCaseContext, input: { programmeId: string; page: number }) {
  const { db, viewer } = ctx;
  const [place, page, rows] = await Promise.all([
    findProgrammePlace(db, input.programmeId),
    threadsPage(db, { programmeId: input.programmeId, audience: "public" }, input.page),
    publicQuestionMessages(db, input.programmeId, input.page),
  ]);
  if (!place) throw notFound("programme");
  assertReads(viewer, "public", place);
  const closed = isClosed("public", place);
  const numbers = reviewerNumbers(place);
  const now = new Date();
  return {
    closed,
    canAsk: !closed && passes(() => assertWrites(viewer, "public", place)),
    questions: page.rows.map((t) => ({
      id: t.id,
      subject: t.subject,
      lastMessageAt: t.lastMessageAt.toISOString(),
      messages: rows.filter((m) => m.threadId === t.id).map((m) => presentMessage(m, { viewer, audience: "public", numbers, namesShown: false, open: !closed, now })),
    })),
    page: input.page,
    pageSize: THREADS_PER_PAGE,
    total: page.total,
  };
}
