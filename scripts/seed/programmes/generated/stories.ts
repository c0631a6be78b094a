// Generated demo programmes, so the demo catalogue and the published transparency report show
// real figures (most counts above the suppression threshold of 5): three programmes run after
// approval by each of the sixteen GENERATED_LEADS and a fourth in Oceania (49, in every state after approval, with
// applications in every participation state), one rejected proposal by six of them and two
// proposals approved after a request for changes.
// Deterministic: the same stories, in the same order, on every run. Played by the same seed code
// as the written stories (scripts/seed/demo-lifecycle.ts, scripts/seed/demo-programmes.ts).
import type { LifecycleApplication, LifecycleStep, LifecycleStory } from "../lifecycle/script";
import type { DemoProgramme, DemoReviewer } from "../script";
import { GENERATED_LEADS, GENERATED_THEMES, type GeneratedLead, type GeneratedTheme } from "./leads";

type Final = LifecycleStory["finalStatus"];

/** Final states in turn: 12 completed, 12 active, 12 open, 6 approved, 6 cancelled over 48 stories. */
const FINAL_CYCLE: readonly Final[] = ["completed", "active", "open", "completed", "active", "open", "approved", "cancelled"];
const PANEL_CYCLE: readonly DemoReviewer[] = ["reviewer", "reviewer2", "reviewer3", "reviewer4", "reviewer5"];
/** Reviewers eligible to chair (reviewer3's demo profile is not chair-eligible). */
const CHAIRS: readonly DemoReviewer[] = ["reviewer", "reviewer2", "reviewer4", "reviewer5"];
const RUNS_PER_LEAD = 3;

const reachOf = (lead: GeneratedLead) => lead.spillover.length.toString() + " neighbouring countries";

function contentOf(lead: GeneratedLead, theme: GeneratedTheme, n: number): LifecycleStory["content"] {
  // Deadlines from June 2027, starts a quarter later: apply-able whenever the seed runs before then.
  const month = 6 + (n % 6);
  const mm = String(month).padStart(2, "0");
  const external = Math.round(theme.budget * 0.6);
  return {
    title: theme.title(lead.countryName),
    summary: theme.summary(lead.countryName, reachOf(lead)),
    description: theme.description,
    workingArea: theme.workingArea,
    format: theme.format,
    sectors: theme.sectors,
    mechanismCode: lead.mechanism,
    coLeadInstitutionIds: [],
    hubCountry: lead.country,
    spilloverCountries: lead.spillover,
    applicationDeadline: `2027-${mm}-15`,
    startDate: `2027-${String(month + 1).padStart(2, "0")}-01`,
    endDate: `2028-${mm}-30`,
    budgetAmount: theme.budget,
    budgetCurrency: "USD",
    fundingSources: [
      { name: lead.funder, side: "lead", amount: theme.budget - external },
      { name: "South-South cooperation fund", side: "external", amount: external },
    ],
    capacity: 10,
    languages: lead.languages,
    outcomes: [theme.outcome],
    involvesDataSharing: false,
  };
}

const APPLICATION_PLANS: Record<Final, LifecycleApplication["outcome"][]> = {
  completed: ["accepted", "accepted", "accepted", "declined"],
  active: ["accepted", "accepted", "left", "withdrawn"],
  open: ["accepted", "pending", "pending", "declined"],
  approved: [],
  cancelled: ["accepted", "pending"],
};

function applicationsOf(leadIndex: number, final: Final, theme: GeneratedTheme): LifecycleApplication[] {
  return APPLICATION_PLANS[final].map((outcome, i) => {
    const applicant = GENERATED_LEADS[(leadIndex + 3 + 4 * i) % GENERATED_LEADS.length]!;
    return {
      institution: applicant.key,
      by: `owner.${applicant.key}`,
      motivation: `${applicant.funder} would bring its own experience to "${theme.title(GENERATED_LEADS[leadIndex]!.countryName)}" and share the results at home.`,
      contactName: applicant.funder,
      outcome,
      ...(outcome === "declined" ? { reason: "The places went to institutions from the countries the programme reaches first." } : {}),
      ...(outcome === "left" ? { reason: "Our team could not commit the time after a change of funding." } : {}),
    };
  });
}

function thenOf(final: Final, theme: GeneratedTheme, n: number): LifecycleStep[] {
  const achieved = Math.max(1, Math.round(theme.outcome.target * (0.8 + (n % 4) * 0.1)));
  switch (final) {
    case "completed":
      return [{ kind: "start" }, { kind: "complete", achieved: [achieved], narrative: "The programme ran to plan; the partners keep using what it delivered and report on it each year." }];
    case "active":
      return [{ kind: "start" }];
    case "cancelled":
      return [{ kind: "cancel", reason: "The external co-funding was withdrawn before the programme could start." }];
    default:
      return [];
  }
}

function panelOf(n: number): LifecycleStory["panel"] {
  const first = PANEL_CYCLE[n % PANEL_CYCLE.length]!;
  const second = PANEL_CYCLE[(n + 1) % PANEL_CYCLE.length]!;
  const chair = CHAIRS.filter((c) => c !== first && c !== second)[n % 2]!;
  return { reviewers: [first, second], chair };
}

const LETTER =
  "Dear colleagues,\n\nThe panel approves the programme: it meets a clear need, its plan is realistic and every partner country takes part in the work. You may publish it when ready.";

function lifecycleStory(leadIndex: number, round: number, n: number): LifecycleStory {
  const lead = GENERATED_LEADS[leadIndex]!;
  // 5·lead + 9·round (mod 12): a different theme in each of a lead's rounds.
  const theme = GENERATED_THEMES[(5 * leadIndex + 9 * round) % GENERATED_THEMES.length]!;
  const final = FINAL_CYCLE[n % FINAL_CYCLE.length]!;
  return {
    lead: lead.key,
    author: `owner.${lead.key}`,
    content: contentOf(lead, theme, n),
    panel: panelOf(n),
    letter: LETTER,
    publish: final !== "approved",
    flagship: n % 12 === 0,
    applications: applicationsOf(leadIndex, final, theme),
    then: thenOf(final, theme, n),
    finalStatus: final,
  };
}

const OCEANIA_LEAD = GENERATED_LEADS.findIndex((l) => l.key === "upng");

/** The 49 generated programmes run after approval: three per lead, and a fourth in Oceania (so that region's count is above 5). */
export const GENERATED_LIFECYCLE_STORIES: readonly LifecycleStory[] = [
  ...Array.from({ length: GENERATED_LEADS.length * RUNS_PER_LEAD }, (_, n) => lifecycleStory(n % GENERATED_LEADS.length, Math.floor(n / GENERATED_LEADS.length), n)),
  lifecycleStory(OCEANIA_LEAD, RUNS_PER_LEAD, GENERATED_LEADS.length * RUNS_PER_LEAD),
];

const REJECTING = (by: DemoReviewer, n: number) => ({
  kind: "review" as const,
  by,
  scores: { relevance: 3, feasibility: 2 + (n % 2), inclusiveness: 2, mutual_benefit: 2, sustainability: 2, data_governance: 2 },
  recommendation: "reject" as const,
  toProposer: "The partner countries appear only as beneficiaries: no institution there takes part in the design or the work, and the plan after the funding ends is unclear.",
  confidential: "Not fundable in this form; I recommend rejection.",
});

const REJECTION_LETTER =
  "Dear applicants,\n\nAfter careful review, the panel has decided not to approve this proposal. Institutions in the countries it means to reach take no part in the work, and the plan does not say how the results would be sustained. You are welcome to submit a new proposal with partners.";

/** Six generated proposals that the panel rejected (the leads with an even index, from the first). */
export const GENERATED_REJECTED_PROPOSALS: readonly DemoProgramme[] = GENERATED_LEADS.filter((_, i) => i % 2 === 0)
  .slice(0, 6)
  .map((lead, k) => {
    const leadIndex = GENERATED_LEADS.indexOf(lead);
    const theme = GENERATED_THEMES[(5 * leadIndex + 3) % GENERATED_THEMES.length]!;
    const { reviewers, chair } = panelOf(k + 2);
    return {
      lead: lead.key,
      author: `owner.${lead.key}`,
      content: contentOf(lead, theme, k),
      steps: [
        { kind: "submit" },
        { kind: "assign", reviewers, chair },
        REJECTING(reviewers[0], k),
        REJECTING(reviewers[1], k + 1),
        { kind: "decide", outcome: "reject", letter: REJECTION_LETTER },
      ],
      finalStatus: "rejected",
    };
  });

const REVIEW = (by: DemoReviewer, recommendation: "revise" | "approve") => ({
  kind: "review" as const,
  by,
  scores: recommendation === "approve"
    ? { relevance: 5, feasibility: 4, inclusiveness: 4, mutual_benefit: 4, sustainability: 4, data_governance: 4 }
    : { relevance: 4, feasibility: 3, inclusiveness: 3, mutual_benefit: 3, sustainability: 2, data_governance: 3 },
  recommendation,
  toProposer: recommendation === "approve"
    ? "The revision answers the panel's questions: the partners now share the work and the plan after the funding ends is credible."
    : "A useful idea, but the proposal should say how the partners will keep the results going once the funding ends.",
  confidential: recommendation === "approve" ? "Approve." : "Worth funding once the sustainability plan is there.",
});

const CHANGES_LETTER =
  "Dear colleagues,\n\nThe panel asks for changes before it can approve this proposal: please describe how the partner institutions will sustain the results once the funding ends, and resubmit.";
const APPROVAL_AFTER_CHANGES =
  "Dear colleagues,\n\nThank you for the revised proposal. It answers the panel's request, and the panel approves it. You may publish it when ready.";

/** Two generated proposals approved at their second revision, after a request for changes (the leads with an odd index, from the second). */
export const GENERATED_REVISED_PROPOSALS: readonly DemoProgramme[] = GENERATED_LEADS.filter((_, i) => i % 2 === 1)
  .slice(0, 2)
  .map((lead, k) => {
    const leadIndex = GENERATED_LEADS.indexOf(lead);
    const theme = GENERATED_THEMES[(5 * leadIndex + 3) % GENERATED_THEMES.length]!;
    const { reviewers, chair } = panelOf(k + 3);
    return {
      lead: lead.key,
      author: `owner.${lead.key}`,
      content: contentOf(lead, theme, k + 2),
      steps: [
        { kind: "submit" },
        { kind: "assign", reviewers, chair },
        REVIEW(reviewers[0], "revise"),
        REVIEW(reviewers[1], "revise"),
        { kind: "decide", outcome: "request_changes", letter: CHANGES_LETTER },
        { kind: "revise", changes: { summary: `${theme.summary(lead.countryName, reachOf(lead))} Partner universities co-fund a second phase.` } },
        { kind: "submit" },
        REVIEW(reviewers[0], "approve"),
        REVIEW(reviewers[1], "approve"),
        { kind: "decide", outcome: "approve", letter: APPROVAL_AFTER_CHANGES },
      ],
      finalStatus: "approved",
    };
  });
