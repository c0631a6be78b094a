// Output contracts of the discussions' reads a visitor may call (public questions): no user id,
// no email; a reviewer's name only where the reader is on the panel or an admin (the use case decides).
import { z } from "zod";
import { THREAD_AUDIENCES } from "@/db/schema/discussions";

const author = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("reviewer"), number: z.number(), name: z.string().nullable() }),
  z.object({ kind: z.literal("person"), name: z.string(), institution: z.string().nullable() }),
  z.object({ kind: z.literal("institution"), institution: z.string().nullable() }),
]);

const mentioned = z.discriminatedUnion("kind", [z.object({ kind: z.literal("reviewer"), number: z.number(), name: z.string().nullable() }), z.object({ kind: z.literal("person"), name: z.string() })]);

const mentionable = z.array(
  z.object({
    handle: z.string(),
    person: mentioned,
    text: z.discriminatedUnion("kind", [z.object({ kind: z.literal("reviewer"), number: z.number() }), z.object({ kind: z.literal("name"), name: z.string() })]),
  }),
);

const message = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  author,
  body: z.string().nullable(),
  mentions: z.array(mentioned),
  hiddenReason: z.string().nullable(),
  createdAt: z.string(),
  edited: z.boolean(),
  version: z.number(),
  mine: z.boolean(),
  editableUntil: z.string().nullable(),
});

const paging = { page: z.number(), pageSize: z.number(), total: z.number() };

export const threadOutput = z.object({
  thread: z.object({
    id: z.string(),
    subject: z.string(),
    audience: z.enum(THREAD_AUDIENCES),
    clause: z.string().nullable(),
    agreementId: z.string().nullable(),
    programme: z.object({ id: z.string(), reference: z.string(), title: z.string() }),
  }),
  closed: z.boolean(),
  canWrite: z.boolean(),
  canModerate: z.boolean(),
  following: z.boolean(),
  messages: z.array(message),
  /** People a writer may mention, by opaque handle (reviewers by number to the parties). */
  mentionable,
  ...paging,
});

export const threadListOutput = z.object({
  audience: z.enum(THREAD_AUDIENCES),
  closed: z.boolean(),
  canStart: z.boolean(),
  /** People the starter of a new thread may mention, by opaque handle. */
  mentionable,
  threads: z.array(z.object({ id: z.string(), subject: z.string(), clause: z.string().nullable(), messageCount: z.number(), lastMessageAt: z.string() })),
  ...paging,
});

export const publicQuestionsOutput = z.object({
  closed: z.boolean(),
  canAsk: z.boolean(),
  questions: z.array(z.object({ id: z.string(), subject: z.string(), lastMessageAt: z.string(), messages: z.array(message) })),
  ...paging,
});
