// The proposal form and the review sheet, driven the way a person does: every control found
// by its English label (messages/en/programmes.json and reviews.json).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { confirmStep } from "./confirm";

/** What a proposer types into /en/proposals/<id>/edit (choices by their English labels). */
export type ProposalInput = {
  summary: string;
  description: string;
  workingArea: string;
  format: string;
  sectors: string[];
  hubCountry: string;
  /** Countries ticked in the "Spillover countries" group, all in `spilloverRegion`. */
  spilloverRegion: string;
  spilloverCountries: string[];
  startDate: string;
  endDate: string;
  applicationDeadline: string;
  capacity: string;
  languages: string[];
  budget: string;
  /** ISO code of the currency (the option's value). */
  currency: string;
  funding: { name: string; side: string; amount: string }[];
  outcomes: { metric: string; target: string; description: string }[];
};

/** A complete proposal led from Kenya (capacity 12, so a revision can change it). */
export const SAMPLE_PROPOSAL: ProposalInput = {
  summary: "A six-month applied machine learning school that trains lecturers from East African universities.",
  description:
    "## Aims\n\nTrain **lecturers** in applied machine learning so that they can teach it at home.\n\n- Hands-on labs with local data\n- Mentoring after the school",
  workingArea: "Capacity building",
  format: "Training",
  sectors: ["AI and digital skills / professional training", "Higher education and university research"],
  hubCountry: "Kenya",
  spilloverRegion: "Africa",
  spilloverCountries: ["Uganda", "Rwanda"],
  applicationDeadline: "2027-01-15",
  startDate: "2027-03-01",
  endDate: "2027-09-30",
  capacity: "12",
  languages: ["English", "Swahili"],
  budget: "100000",
  currency: "USD",
  funding: [
    { name: "University of Nairobi", side: "Lead institution", amount: "60000" },
    { name: "Partner universities", side: "Partners", amount: "40000" },
  ],
  outcomes: [{ metric: "People trained", target: "120", description: "Lecturers who complete the school" }],
};

/**
 * Fills every field of a fresh draft (the title was given when the draft was created). The
 * mechanism is the first one listed: its names are reference data, not catalogue strings.
 */
export async function fillProposalForm(page: Page, input: ProposalInput): Promise<void> {
  await page.getByLabel("Summary", { exact: true }).fill(input.summary);
  await page.getByLabel("Full description", { exact: true }).fill(input.description);
  await page.getByLabel("Working area", { exact: true }).selectOption({ label: input.workingArea });
  await page.getByLabel("Format", { exact: true }).selectOption({ label: input.format });
  const sectors = page.getByRole("group", { name: "Sectors", exact: true });
  for (const sector of input.sectors) await sectors.getByRole("checkbox", { name: sector, exact: true }).check();
  await page.getByLabel("Mechanism", { exact: true }).selectOption({ index: 1 });

  await page.getByLabel("Hub country", { exact: true }).selectOption({ label: input.hubCountry });
  const spillover = page.getByRole("group", { name: "Spillover countries", exact: true });
  await spillover.locator("summary").filter({ hasText: new RegExp(`^${input.spilloverRegion} \\(`) }).click();
  for (const country of input.spilloverCountries) await spillover.getByRole("checkbox", { name: country, exact: true }).check();

  await page.getByLabel("Application deadline", { exact: true }).fill(input.applicationDeadline);
  await page.getByLabel("Start date", { exact: true }).fill(input.startDate);
  await page.getByLabel("End date", { exact: true }).fill(input.endDate);
  await page.getByLabel("Capacity (institutions)", { exact: true }).fill(input.capacity);
  const languages = page.getByRole("group", { name: "Languages of delivery", exact: true });
  for (const language of input.languages) await languages.getByRole("checkbox", { name: language, exact: true }).check();

  await page.getByLabel("Total budget", { exact: true }).fill(input.budget);
  await page.getByLabel("Currency", { exact: true }).selectOption(input.currency);
  for (const [index, source] of input.funding.entries()) {
    await page.getByRole("button", { name: "Add funding source" }).click();
    const row = page.getByRole("group", { name: `Funding source ${index + 1}`, exact: true });
    await row.getByLabel("Name of the source").fill(source.name);
    await row.getByLabel("Side").selectOption({ label: source.side });
    await row.getByLabel("Contribution").fill(source.amount);
  }
  for (const [index, outcome] of input.outcomes.entries()) {
    await page.getByRole("button", { name: "Add outcome" }).click();
    const row = page.getByRole("group", { name: `Outcome ${index + 1}`, exact: true });
    await row.getByLabel("Measure").selectOption({ label: outcome.metric });
    await row.getByLabel("Target").fill(outcome.target);
    await row.getByLabel("Description (optional)").fill(outcome.description);
  }
}

type Catalogue = Record<string, unknown>;
const reviewsCatalogue = JSON.parse(readFileSync(path.join(process.cwd(), "messages", "en", "reviews.json"), "utf8")) as Catalogue;

/** The English name of a rubric criterion, as the review form labels it. */
export function criterionName(code: string): string {
  const names = reviewsCatalogue.criteria as Record<string, string>;
  return names[code] ?? code;
}

export type ReviewInput = {
  /** Criterion code → score 1–5. */
  scores: Record<string, number>;
  comments: string;
  confidential: string;
  /** The recommendation's label, e.g. "Recommend revision". */
  recommendation: string;
};

/** Fills and sends the rubric form of an open review sheet, and waits for the thank-you notice and the submitted review. */
export async function submitReview(page: Page, review: ReviewInput): Promise<void> {
  const form = page.getByRole("region", { name: "Your review", exact: true });
  await expect(form).toBeVisible();
  for (const [code, score] of Object.entries(review.scores)) {
    await form.getByRole("radio", { name: `${criterionName(code)}: ${score}`, exact: true }).check();
  }
  await form.getByLabel("Comments to the proposer").fill(review.comments);
  await form.getByLabel("Confidential comments to the chair").fill(review.confidential);
  await form.getByRole("radio", { name: review.recommendation, exact: true }).check();
  await form.getByRole("button", { name: "Submit review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you: your review has been submitted." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Your submitted review" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Your review", exact: true })).toHaveCount(0);
}

/** Records the chair's decision on an open review sheet; `outcome` is the radio's label ("Approve", "Request changes", "Reject"). */
export async function recordDecision(page: Page, outcome: string, letter: string): Promise<void> {
  const section = page.getByRole("region", { name: "Decision", exact: true });
  await section.getByRole("radio", { name: outcome, exact: true }).check();
  await section.getByLabel("Decision letter").fill(letter);
  await section.getByRole("button", { name: "Record decision" }).click();
  await confirmStep(page);
}
