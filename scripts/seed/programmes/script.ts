// The vocabulary of the demo proposals (the JSON files beside this one): what each one contains
// and the story it goes through, step by step, played through the real use cases by
// scripts/seed/demo-programmes.ts. Review scores are keyed by rubric criterion code.
import type { DecisionOutcome, ProgrammeStatus, Recommendation } from "../../../db/schema";
import type { ProgrammeDraft } from "../../../server/programmes/schemas";

/** Demo accounts with the reviewer role (local parts of their emails in scripts/seed/demo.ts). */
export type DemoReviewer = "reviewer" | "reviewer2" | "reviewer3" | "reviewer4" | "reviewer5";

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
