// The vocabulary of the demo programmes AFTER approval: each story is reviewed and approved,
// then published, applied to, decided, run and closed — played through the real use cases by
// scripts/seed/demo-lifecycle.ts.
import type { OutcomeReport, ProgrammeStatus } from "../../../../db/schema";
import type { ProgrammeContent } from "../../../../server/programmes/schemas";
import type { DemoReviewer } from "../script";

/** What becomes of an application in the story: the lead's owner decides; the applicant may withdraw or (once accepted) leave. */
export type ApplicationOutcome = "pending" | "accepted" | "declined" | "withdrawn" | "left";

export type LifecycleApplication = {
  /** Demo institution key of the applicant. */
  institution: string;
  /** Local part of the email of the applicant institution's member who applies. */
  by: string;
  motivation: string;
  contactName: string;
  outcome: ApplicationOutcome;
  /** Why the lead declined, or why the participant left. */
  reason?: string;
};

export type LifecycleStep =
  | { kind: "start" }
  | { kind: "complete"; achieved: number[]; narrative: string }
  | { kind: "cancel"; reason: string };

export type LifecycleStory = {
  lead: string;
  /** Local part of the email of the lead's owner, who writes, submits and runs it. */
  author: string;
  content: ProgrammeContent;
  panel: { reviewers: [DemoReviewer, DemoReviewer]; chair: DemoReviewer };
  letter: string;
  /** Whether the lead publishes it after approval (otherwise it stays approved). */
  publish: boolean;
  /** Designated flagship by the admin after approval. */
  flagship?: boolean;
  applications: LifecycleApplication[];
  /** After the applications: start, complete (achieved per expected outcome, in order), cancel. */
  then: LifecycleStep[];
  finalStatus: Extract<ProgrammeStatus, "approved" | "open" | "active" | "completed" | "cancelled">;
};

export type { OutcomeReport };

/** Reviewer comments used for every lifecycle story (these programmes were approved on their merits). */
export const APPROVING_REVIEW = {
  scores: [5, 4, 4, 5, 4, 4] as const,
  toProposer: "A well-argued programme with a realistic plan and clear benefits for every partner country.",
  confidential: "No concerns; I recommend approval.",
};
