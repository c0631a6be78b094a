import { index, int, mysqlEnum, mysqlTable, primaryKey, text, uniqueIndex, varchar } from "drizzle-orm/mysql-core";
import { createdAt, idColumn, jsonText, ref, utc, versionColumn } from "../columns";
import { agreements } from "./agreements";
import { institutions } from "./institutions";
import { programmes } from "./programmes";
import { users } from "./users";

/**
 * Who a thread is between (server/discussions/audience.ts decides who reads and writes each):
 * parties — the proposal's lead and co-lead institutions; parties_and_reviewers — with its panel
 * (reviewers shown to the parties as "Reviewer n", never by name); panel — the panel and its
 * chair; clause — the parties of an agreement, about one clause; public — questions and answers
 * on an open programme.
 */
export const THREAD_AUDIENCES = ["parties", "parties_and_reviewers", "panel", "clause", "public"] as const;
export type ThreadAudience = (typeof THREAD_AUDIENCES)[number];

export const MESSAGE_STATUSES = ["visible", "hidden"] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** What the author wrote as, fixed when written: what the thread shows instead of a reviewer's name. */
export const AUTHOR_ROLES = ["party", "reviewer", "chair", "admin", "asker"] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

export const threads = mysqlTable(
  "threads",
  {
    id: idColumn(),
    programmeId: ref("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "restrict" }),
    /** Clause threads only: the agreement version and the clause (a content field) discussed. */
    agreementId: ref("agreement_id").references(() => agreements.id, { onDelete: "restrict" }),
    clause: varchar("clause", { length: 40 }),
    audience: mysqlEnum("audience", THREAD_AUDIENCES).notNull(),
    subject: varchar("subject", { length: 200 }).notNull(),
    createdByUserId: ref("created_by_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
    lastMessageAt: utc("last_message_at").notNull(),
    version: versionColumn(),
  },
  (t) => [
    index("threads_programme_idx").on(t.programmeId, t.audience, t.lastMessageAt),
    index("threads_agreement_idx").on(t.agreementId, t.clause),
    index("threads_created_by_idx").on(t.createdByUserId),
  ],
);

export const messages = mysqlTable(
  "messages",
  {
    id: idColumn(),
    threadId: ref("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "restrict" }),
    /** Replies are one level deep: a reply's parent is a top-level message. */
    parentId: ref("parent_id"),
    authorUserId: ref("author_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    authorInstitutionId: ref("author_institution_id").references(() => institutions.id, { onDelete: "restrict" }),
    authorRole: mysqlEnum("author_role", AUTHOR_ROLES).notNull(),
    body: text("body").notNull(),
    /** The people the message mentions who could read the thread when it was written (never shown as ids). */
    mentionedUserIds: jsonText<string[]>("mentioned_user_ids"),
    status: mysqlEnum("status", MESSAGE_STATUSES).notNull().default("visible"),
    hiddenReason: varchar("hidden_reason", { length: 500 }),
    createdAt: createdAt(),
    editedAt: utc("edited_at"),
    version: versionColumn(),
  },
  (t) => [index("messages_thread_idx").on(t.threadId, t.createdAt), index("messages_parent_idx").on(t.parentId), index("messages_author_idx").on(t.authorUserId)],
);

/** The text a message had before each edit (the history an edit keeps). */
export const messageRevisions = mysqlTable(
  "message_revisions",
  {
    id: idColumn(),
    messageId: ref("message_id")
      .notNull()
      .references(() => messages.id, { onDelete: "restrict" }),
    revision: int("revision").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("message_revisions_uq").on(t.messageId, t.revision)],
);

export const threadFollowers = mysqlTable(
  "thread_followers",
  {
    threadId: ref("thread_id")
      .notNull()
      .references(() => threads.id, { onDelete: "restrict" }),
    userId: ref("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] }), index("thread_followers_user_idx").on(t.userId)],
);
