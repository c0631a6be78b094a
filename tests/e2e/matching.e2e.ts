// Reviewer matching end to end (issue #17): a demo reviewer bids on a proposal awaiting its panel
// (seeing its title and summary only), then the admin previews the batch — objective, panels with
// their scores, the proposal that cannot be staffed and why — and commits it in one step.
import { expect, test } from "./support/test";
import { DEMO, DEMO_PASSWORD, openBrowserFor, signIn } from "./support/accounts";
import { expectAccessible } from "./support/axe";

test.describe.configure({ mode: "serial", timeout: 120_000 });

const REVIEWER = "reviewer@demo.southbridge.org";
const PROPOSAL = "AI academy for digital public services in South-East Asia";

test("a reviewer bids on a proposal awaiting its panel", async ({ browser, baseURL }) => {
  const { context, page } = await openBrowserFor(browser, baseURL);
  await signIn(page, REVIEWER, DEMO_PASSWORD);
  await page.goto("/en/reviews");
  await page.getByRole("link", { name: "Bid on proposals" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bid on proposals" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(PROPOSAL) }) });
  await expect(item).toBeVisible();
  const bids = item.getByRole("group", { name: /Your bid on PRG-/ });
  // The demo reviewer may already hold a bid (the seed's, or an earlier run's): change it to another one.
  const level = (await bids.getByRole("button", { name: "Willing" }).getAttribute("aria-pressed")) === "true" ? "Eager" : "Willing";
  await bids.getByRole("button", { name: level }).click();
  await expect(item.getByRole("status")).toHaveText(`Your bid: ${level}. Press it again to withdraw it.`);
  await expect(bids.getByRole("button", { name: level })).toHaveAttribute("aria-pressed", "true");
  await expectAccessible(page, "bids page");

  await page.reload();
  await expect(item.getByRole("group", { name: /Your bid on PRG-/ }).getByRole("button", { name: level })).toHaveAttribute("aria-pressed", "true");
  await context.close();
});

test("the admin previews the batch and commits it in one step", async ({ browser, baseURL }) => {
  const { context, page } = await openBrowserFor(browser, baseURL);
  await signIn(page, DEMO.admin, DEMO_PASSWORD);
  await page.goto("/en/review-desk");
  await page.getByRole("link", { name: "Batch assignment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Batch assignment" })).toBeVisible();
  await expect(page.getByText("Objective (fit minus load balance)")).toBeVisible();
  const panel = page.getByRole("listitem", { name: new RegExp(PROPOSAL) });
  await expect(panel).toBeVisible();
  await expect(panel.getByText(/^Reviewer: /)).toHaveCount(3);
  await expect(panel.getByText(/^Chair: /)).toHaveCount(1);
  await expect(panel.getByText(/Panel fit: \d+ points/)).toBeVisible();
  await expectAccessible(page, "batch assignment preview");

  await page.getByRole("button", { name: /^Commit \d+ panels?$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /committed \(\d+ seats\)/ })).toBeVisible();
  await expectAccessible(page, "batch assignment committed");

  await page.getByRole("button", { name: "Preview the next batch" }).click();
  await expect(page.getByRole("listitem", { name: new RegExp(PROPOSAL) })).toHaveCount(0);
  await context.close();
});
