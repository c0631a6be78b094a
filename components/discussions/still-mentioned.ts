import type { MentionCandidate } from "@/server/discussions/mentions";
import { mentionInsert } from "./mention-labels";

type T = (key: "reviewer" | "reviewerNamed", values: Record<string, string | number>) => string;

/** The chosen handles whose "@Name" is still in the text (a mention deleted from the text notifies nobody). */
export function stillMentioned(t: T, body: string, handles: readonly string[], candidates: readonly MentionCandidate[]): string[] {
  return handles.filter((h) => {
    const c = candidates.find((x) => x.handle === h);
    return c !== undefined && body.includes(`@${mentionInsert(t, c.text)}`);
  });
}
