// The discussions rows of the authorization matrix (see support/matrix.ts). The scene: a proposal of
// A (S, suspended, as co-lead) under review, the matrix's reviewer on its panel with a chair, the
// revoked reviewer's seat ended; A's owner started a parties-and-reviewers thread. Every audience ×
// persona, with a verified co-lead and the chair, is in discussions-access.integration-test.ts.
import { addPanel, createProgramme, createReviewer } from "../../factories";
import { createOpenProgramme } from "../../factories/participation";
import { findMessage } from "../../../server/discussions/place";
import { startThread } from "../../../server/discussions/start-thread";
import { all, type Expectation, type WorkflowMatrix } from "./matrix";
import { actingAs } from "./personas";
import { ofA, seatRevokedReviewer, type World } from "./world";

/** Who reads a thread between A's proposal's parties and its panel: the parties (S's suspended owner too), the panel, admins. */
const readers: Expectation = {
  visitor: "UNAUTHORIZED",
  signedIn: "NOT_FOUND",
  memberA: "ok",
  ownerA: "ok",
  memberB: "NOT_FOUND",
  reviewer: "ok",
  admin: "ok",
  memberSuspended: "ok",
  revokedReviewer: "NOT_FOUND",
};
/** Who writes in it: the parties (not a suspended one) and the panel; admins read only. */
const writers: Expectation = { ...readers, admin: "FORBIDDEN", memberSuspended: "FORBIDDEN" };

export async function discussionScene(w: World) {
  const programme = await createProgramme(w.db, { ...ofA(w), status: "under_review" });
  const chair = await createReviewer(w.db);
  await addPanel(w.db, programme.id, { reviewers: [w.people.reviewer], chair, assignedBy: w.people.admin });
  await seatRevokedReviewer(w, programme.id);
  const started = await startThread(await actingAs(w.db, w.people.ownerA), {
    audience: "parties_and_reviewers",
    programmeId: programme.id,
    subject: "About the budget",
    body: "Is the budget clear?",
    mentions: [],
  });
  const found = await findMessage(w.db, started.messageId);
  return { programme, chair, threadId: started.threadId, message: found!.message };
}

export const DISCUSSIONS_MATRIX: WorkflowMatrix = {
  matrix: {
    "discussions.list": readers,
    "discussions.thread": readers,
    // Public questions on an open programme: anybody reads them, visitors too.
    "discussions.publicQuestions": all("ok"),
    "discussions.start": writers,
    "discussions.post": writers,
    // Only the author edits (A's owner here); the other readers are FORBIDDEN.
    "discussions.edit": { ...readers, memberA: "FORBIDDEN", reviewer: "FORBIDDEN", admin: "FORBIDDEN", memberSuspended: "FORBIDDEN" },
    // Hidden by the owner institution's (A's) members or an admin.
    "discussions.hide": { ...readers, reviewer: "FORBIDDEN", memberSuspended: "FORBIDDEN" },
    "discussions.follow": readers,
  },
  inputs: {
    "discussions.list": async (w) => ({ on: "programme", programmeId: (await discussionScene(w)).programme.id, audience: "parties_and_reviewers", page: 1 }),
    "discussions.thread": async (w) => ({ threadId: (await discussionScene(w)).threadId, page: 1 }),
    "discussions.publicQuestions": async (w) => ({ programmeId: (await createOpenProgramme(w.db, ofA(w))).id, page: 1 }),
    "discussions.start": async (w) => ({
      audience: "parties_and_reviewers",
      programmeId: (await discussionScene(w)).programme.id,
      subject: "A matrix question",
      body: "What data will you share?",
      mentions: [],
    }),
    "discussions.post": async (w) => ({ threadId: (await discussionScene(w)).threadId, body: "An answer.", mentions: [] }),
    "discussions.edit": async (w) => {
      const { message } = await discussionScene(w);
      return { messageId: message.id, version: message.version, body: "Is the budget clear enough?" };
    },
    "discussions.hide": async (w) => {
      const { message } = await discussionScene(w);
      return { messageId: message.id, version: message.version, reason: "Off topic." };
    },
    "discussions.follow": async (w) => ({ threadId: (await discussionScene(w)).threadId, follow: true }),
  },
};
