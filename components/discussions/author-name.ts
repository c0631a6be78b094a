import type { MessageAuthor } from "@/server/discussions/present";

type T = (key: "reviewer" | "reviewerNamed" | "personAt", values: Record<string, string | number>) => string;

/** Who wrote a message, as the reader may know it: "Reviewer 2" for the proposers, a name for the panel. */
export function authorName(t: T, author: MessageAuthor): string {
  if (author.kind === "reviewer") return author.name ? t("reviewerNamed", { number: author.number, name: author.name }) : t("reviewer", { number: author.number });
  if (author.kind === "institution") return author.institution ?? "";
  return author.institution ? t("personAt", { name: author.name, institution: author.institution }) : author.name;
}
