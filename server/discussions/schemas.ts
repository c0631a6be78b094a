// The discussions' inputs, shared by the forms and the procedures. Every field is bounded.
import "../common/zod-browser";
import { z } from "zod";
import { CONTENT_FIELDS, type ContentField } from "../agreements/content-fields";
import { idSchema, versionSchema } from "../institutions/schemas";

/** The longest message, in characters of Markdown. */
export const MESSAGE_MAX = 5000;
export const SUBJECT_MAX = 200;
export const MENTIONS_MAX = 10;
/** Threads per page of a thread list, messages per page of a thread. */
export const THREADS_PER_PAGE = 20;
export const MESSAGES_PER_PAGE = 50;
/** How long after writing it an author may still edit a message. */
export const EDIT_WINDOW_MS = 15 * 60 * 1000;

/**
 * The clauses of an agreement a clause thread may be about: its content fields, in their order,
 * but for the parties and the dates (discussed as the agreement's own terms, not as a clause).
 */
export type Clause = Exclude<ContentField, "parties" | "deletionAtEnd" | "effectiveDate" | "expiryDate">;
const NOT_A_CLAUSE: ReadonlySet<ContentField> = new Set(["parties", "deletionAtEnd", "effectiveDate", "expiryDate"]);
export const CLAUSES = CONTENT_FIELDS.filter((field): field is Clause => !NOT_A_CLAUSE.has(field)) as [Clause, ...Clause[]];

/** The audiences a thread on a proposal may have (clause and public threads are started their own way). */
export const PROPOSAL_AUDIENCES = ["parties", "parties_and_reviewers", "panel"] as const;

export const messageBody = z.string({ error: "validation.messageLength" }).trim().min(1, { error: "validation.messageLength" }).max(MESSAGE_MAX, { error: "validation.messageLength" });
export const threadSubject = z.string({ error: "validation.subjectLength" }).trim().min(3, { error: "validation.subjectLength" }).max(SUBJECT_MAX, { error: "validation.subjectLength" });
/** A mention is an opaque handle (see mentions.ts), never a user id. */
export const mentionHandleSchema = z.string().max(22).regex(/^[A-Za-z0-9_-]{22}$/, { error: "validation.mentions" });
const mentions = z.array(mentionHandleSchema).max(MENTIONS_MAX, { error: "validation.mentions" }).default([]);
const page = z.number().int().min(1).max(10_000).default(1);

export const startThreadInput = z.discriminatedUnion("audience", [
  z.object({ audience: z.enum(PROPOSAL_AUDIENCES), programmeId: idSchema, subject: threadSubject, body: messageBody, mentions }),
  z.object({ audience: z.literal("clause"), agreementId: idSchema, clause: z.enum(CLAUSES), subject: threadSubject, body: messageBody, mentions }),
  z.object({ audience: z.literal("public"), programmeId: idSchema, subject: threadSubject, body: messageBody, mentions: z.array(mentionHandleSchema).max(0).default([]) }),
]);
export type StartThreadInput = z.infer<typeof startThreadInput>;

export const postMessageInput = z.object({ threadId: idSchema, parentId: idSchema.optional(), body: messageBody, mentions });
export type PostMessageInput = z.infer<typeof postMessageInput>;

export const editMessageInput = z.object({ messageId: idSchema, version: versionSchema, body: messageBody });
export type EditMessageInput = z.infer<typeof editMessageInput>;

export const hideMessageInput = z.object({
  messageId: idSchema,
  version: versionSchema,
  reason: z.string({ error: "validation.reasonRequired" }).trim().min(1, { error: "validation.reasonRequired" }).max(500, { error: "validation.reasonRequired" }),
});
export type HideMessageInput = z.infer<typeof hideMessageInput>;

export const followThreadInput = z.object({ threadId: idSchema, follow: z.boolean() });
export type FollowThreadInput = z.infer<typeof followThreadInput>;

export const threadInput = z.object({ threadId: idSchema, page });
export type ThreadInput = z.infer<typeof threadInput>;

export const listThreadsInput = z.discriminatedUnion("on", [
  z.object({ on: z.literal("programme"), programmeId: idSchema, audience: z.enum([...PROPOSAL_AUDIENCES, "public"]), page }),
  z.object({ on: z.literal("agreement"), agreementId: idSchema, page }),
]);
export type ListThreadsInput = z.infer<typeof listThreadsInput>;

export const publicQuestionsInput = z.object({ programmeId: idSchema, page });
export type PublicQuestionsInput = z.infer<typeof publicQuestionsInput>;
