// The vocabulary of the demo proposals: what each one contains and the story it goes through,
// step by step, played through the real use cases by scripts/seed/demo-programmes.ts.
import type { DecisionOutcome, ProgrammeStatus, Recommendation } from "../../../db/schema";
import type { ProgrammeDraft } from "../../../server/programmes/schemas";
import { DEFAULT_RUBRIC } from "../../../server/reviews/rubric";

/** Demo accounts with the reviewer role (local parts of their emails in scripts/seed/demo.ts). */
export type DemoReviewer = "reviewer" | "reviewer2" | "reviewer3" | "reviewer4" | "reviewer5";

/** Scores in rubric order: relevance, feasibility, inclusiveness, mutual benefit, sustainability, data governance. */
export type ScoreList = readonly [number, number, number, number, number, number];

export type DemoStep =
  | { kind: "submit" }
  | { kind: "revise"; changes: Partial<ProgrammeDraft> }
  | { kind: "assign"; reviewers: DemoReviewer[]; chair?: DemoReviewer }
  | { kind: "review"; by: DemoReviewer; scores: Record<string, number>; recommendation: Recommendation; toProposer: string; confidential: string }
  | { kind: "recuse"; by: DemoReviewer; reason: string }
  | { kind: "decide"; outcome: DecisionOutcome; letter: string }
  | { kind: "withdraw" };

export type DemoProgramme = {
  /** Demo institution key (scripts/seed/demo.ts) of the lead institution. */
  lead: string;
  /** Local part of the email of the member who writes and submits it. */
  author: string;
  coLeads?: string[];
  /** The first draft; `title` is what makes the seed idempotent (one per lead institution). */
  content: ProgrammeDraft;
  steps: DemoStep[];
  /** Where the story ends; the seed checks it. */
  finalStatus: ProgrammeStatus;
};

export const submit = (): DemoStep => ({ kind: "submit" });
export const withdraw = (): DemoStep => ({ kind: "withdraw" });
export const revise = (changes: Partial<ProgrammeDraft>): DemoStep => ({ kind: "revise", changes });
export const assign = (reviewers: DemoReviewer[], chair?: DemoReviewer): DemoStep => ({ kind: "assign", reviewers, chair });
export const recuse = (by: DemoReviewer, reason: string): DemoStep => ({ kind: "recuse", by, reason });
export const decide = (outcome: DecisionOutcome, letter: string): DemoStep => ({ kind: "decide", outcome, letter });

export function review(
  by: DemoReviewer,
  scores: ScoreList,
  recommendation: Recommendation,
  comments: { toProposer: string; confidential: string },
): DemoStep {
  const byCode = Object.fromEntries(DEFAULT_RUBRIC.map((c, i) => [c.code, scores[i]!]));
  return { kind: "review", by, scores: byCode, recommendation, ...comments };
}

/** Markdown written as an indented template literal, with the common indentation removed. */
export function md(text: string): string {
  const lines = text.replace(/^\n/, "").replace(/\s+$/, "").split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join("\n");
}
