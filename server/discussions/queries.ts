// The discussions' reads: a page of a thread's messages, a page of threads, the people of a thread.
import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { institutions, memberships, messages, platformRoles, programmes, reviewAssignments, threads, users } from "@/db/schema";
import type { ThreadAudience } from "@/db/schema/discussions";
import { MESSAGES_PER_PAGE, THREADS_PER_PAGE } from "./schemas";

const messageColumns = {
  id: messages.id,
  threadId: messages.threadId,
  parentId: messages.parentId,
  authorUserId: messages.authorUserId,
  authorRole: messages.authorRole,
  body: messages.body,
  mentionedUserIds: messages.mentionedUserIds,
  status: messages.status,
  hiddenReason: messages.hiddenReason,
  createdAt: messages.createdAt,
  editedAt: messages.editedAt,
  version: messages.version,
  authorName: users.name,
  institutionName: institutions.name,
};
export type MessageListRow = { [K in keyof typeof messageColumns]: (typeof messageColumns)[K]["_"]["data"] } & { institutionName: string | null };

/** Replies follow their parent; top-level messages in the order they were written. */
const threadOrder = [
  sql`coalesce((select p.created_at from messages p where p.id = ${messages.parentId}), ${messages.createdAt})`,
  sql`coalesce(${messages.parentId}, ${messages.id})`,
  sql`${messages.parentId} is not null`,
  messages.createdAt,
  messages.id,
];

/** One page of a thread's messages with its total (one query). */
export async function threadMessages(db: Executor, threadId: string, page: number) {
  const rows = await db
    .select({ ...messageColumns, total: sql<number>`count(*) over ()` })
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorUserId))
    .leftJoin(institutions, eq(institutions.id, messages.authorInstitutionId))
    .where(eq(messages.threadId, threadId))
    .orderBy(...threadOrder)
    .limit(MESSAGES_PER_PAGE)
    .offset((page - 1) * MESSAGES_PER_PAGE);
  return { rows: rows as (MessageListRow & { total: number })[], total: Number(rows[0]?.total ?? 0) };
}

const threadColumns = {
  id: threads.id,
  subject: threads.subject,
  audience: threads.audience,
  clause: threads.clause,
  agreementId: threads.agreementId,
  lastMessageAt: threads.lastMessageAt,
  // Qualified by hand: a one-table select renders `${threads.id}` unqualified, which the subquery would read as its own id.
  messageCount: sql<number>`(select count(*) from messages mc where mc.thread_id = threads.id)`,
  total: sql<number>`count(*) over ()`,
};

/** One page of a programme's threads of an audience, or of an agreement version's clause threads, latest activity first. */
export async function threadsPage(db: Executor, where: { programmeId: string; audience: ThreadAudience } | { agreementId: string }, page: number) {
  const condition = "agreementId" in where ? eq(threads.agreementId, where.agreementId) : and(eq(threads.programmeId, where.programmeId), eq(threads.audience, where.audience));
  const rows = await db
    .select(threadColumns)
    .from(threads)
    .where(condition)
    .orderBy(desc(threads.lastMessageAt), desc(threads.id))
    .limit(THREADS_PER_PAGE)
    .offset((page - 1) * THREADS_PER_PAGE);
  return { rows, total: Number(rows[0]?.total ?? 0) };
}

/** The messages of one page of a programme's public questions (one query: the page is a derived table). */
export async function publicQuestionMessages(db: Executor, programmeId: string, page: number) {
  const pageOfThreads = sql`(select t2.id from threads t2 where t2.programme_id = ${programmeId} and t2.audience = 'public' order by t2.last_message_at desc, t2.id desc limit ${THREADS_PER_PAGE} offset ${(page - 1) * THREADS_PER_PAGE})`;
  const rows = await db
    .select(messageColumns)
    .from(messages)
    .innerJoin(sql`${pageOfThreads} as qp`, sql`qp.id = ${messages.threadId}`)
    .innerJoin(users, eq(users.id, messages.authorUserId))
    .leftJoin(institutions, eq(institutions.id, messages.authorInstitutionId))
    .orderBy(...threadOrder)
    .limit(THREADS_PER_PAGE * 200);
  return rows as MessageListRow[];
}

/** Where the people of a thread come from: the thread itself, or the place a new thread is started on. */
export type PeopleSource = { threadId: string } | { programmeId: string; audience: ThreadAudience } | { agreementId: string };

function sourceOf(source: PeopleSource) {
  if ("threadId" in source) return sql`(select t.programme_id, t.agreement_id, t.audience from threads t where t.id = ${source.threadId})`;
  if ("agreementId" in source) return sql`(select ag.programme_id, ag.id as agreement_id, 'clause' as audience from agreements ag where ag.id = ${source.agreementId})`;
  return sql`(select ${source.programmeId} as programme_id, null as agreement_id, ${source.audience} as audience)`;
}

export type ThreadPerson = { id: string; name: string };

/**
 * The people who may be mentioned in a thread: the active members of its party institutions and
 * the panel's active reviewers (who still hold the role), at most 100 of each. Who of them a
 * viewer is shown, and how, is decided by `mentions.ts`.
 */
export function threadPeople(db: Executor, source: PeopleSource): Promise<{ parties: ThreadPerson[]; panel: ThreadPerson[] }> {
  const thread = sourceOf(source);
  const parties = db
    .selectDistinct({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(sql`${thread} as th`, sql`1 = 1`)
    .innerJoin(programmes, sql`${programmes.id} = th.programme_id`)
    .where(
      and(
        eq(memberships.status, "active"),
        sql`(${memberships.institutionId} = ${programmes.leadInstitutionId}
          or json_contains(${programmes.coLeadInstitutionIds}, json_quote(${memberships.institutionId}))
          or (th.audience = 'clause' and exists (select 1 from agreement_parties ap where ap.agreement_id = th.agreement_id and ap.institution_id = ${memberships.institutionId})))`,
      ),
    )
    .orderBy(users.name, users.id)
    .limit(100);
  const panel = db
    .selectDistinct({ id: users.id, name: users.name })
    .from(reviewAssignments)
    .innerJoin(users, eq(users.id, reviewAssignments.reviewerUserId))
    .innerJoin(platformRoles, and(eq(platformRoles.userId, reviewAssignments.reviewerUserId), eq(platformRoles.role, "reviewer")))
    .innerJoin(sql`${thread} as th`, sql`${reviewAssignments.programmeId} = th.programme_id`)
    .where(eq(reviewAssignments.status, "active"))
    .orderBy(users.name, users.id)
    .limit(100);
  return Promise.all([parties, panel]).then(([p, r]) => ({ parties: p, panel: r }));
}
