import type { MentionedPerson, MentionText } from "@/server/discussions/mentions";

type T = (key: "reviewer" | "reviewerNamed", values: Record<string, string | number>) => string;

/** A person offered or mentioned, as this reader may know them ("Reviewer 2", or a name). */
export function mentionLabel(t: T, person: MentionedPerson): string {
  if (person.kind === "reviewer") return person.name ? t("reviewerNamed", { number: person.number, name: person.name }) : t("reviewer", { number: person.number });
  return person.name;
}

/** What choosing a person inserts after "@" (what every reader of the thread may see). */
export function mentionInsert(t: T, text: MentionText): string {
  return text.kind === "reviewer" ? t("reviewer", { number: text.number }) : text.name;
}

/** The "@…" texts a message's mentions may appear as, for highlighting (the number's label and, to insiders, the name). */
export function mentionTexts(t: T, mentions: readonly MentionedPerson[]): string[] {
  return mentions.flatMap((m) => (m.kind === "reviewer" ? [`@${t("reviewer", { number: m.number })}`, ...(m.name ? [`@${m.name}`] : [])] : [`@${m.name}`]));
}
