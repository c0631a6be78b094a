import type { ThreadAudience } from "@/db/schema/discussions";
import type { Change } from "../audit/changes";

/**
 * The discussions' audit events. A message's text is not copied into the log when it is written
 * (it is in the message row); an edit keeps both texts, and hiding keeps the hidden text, so a
 * moderated message stays on record for the admins who read the audit log.
 */
export type DiscussionAuditEvents = {
  "discussion.start": { objectType: "thread"; changes: { subject: Change<string | null>; message: Change<string | null> }; context: { audience: ThreadAudience; mentions: number } };
  "discussion.post": { objectType: "thread"; changes: { message: Change<string | null> }; context: { audience: ThreadAudience; reply: boolean; mentions: number } };
  "discussion.edit": { objectType: "message"; changes: { body: Change<string> }; context: { threadId: string } };
  "discussion.hide": { objectType: "message"; changes: { status: Change<"visible" | "hidden"> }; context: { threadId: string; reason: string; hiddenText: string } };
  "discussion.follow": { objectType: "thread"; changes: { following: Change<boolean> }; context: object };
};
