// Transparency reports, end to end: the admin drafts a report for 2026, checks its live figures,
// writes a summary and publishes it with a confirmation; then corrects it (a new report that
// supersedes the first). A visitor with JavaScript disabled finds both in the list, follows the
// link from the replaced report to its correction, sees the figures as SVG charts with an
// accessible name and as tables where small counts read "<5", and downloads the CSV, whose
// figures are the page's. Every page on the way passes axe, in English and in Arabic.
// The steps share state and run in order; each run makes its own reports (unique titles; the
// slugs of a period repeat as 2026-2, 2026-3… on a database that has seen earlier runs).
import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "./support/test";
import { DEMO, DEMO_PASSWORD, openBrowserFor, signIn } from "./support/accounts";
import { expectAccessible, expectAccessibleWithoutJavaScript } from "./support/axe";
import { expectRightToLeftArabic } from "./support/pages";

test.describe.configure({ mode: "serial", timeout: 180_000 });

const run = Date.now().toString(36);
const title = `E2E transparency report 2026 ${run}`;
const correctedTitle = `E2E transparency report 2026, corrected ${run}`;
const narrative = `## What happened in 2026\n\nThe platform's **first** full year (${run}).`;
const THRESHOLD = 5;

const reports: { original?: { id: string; slug: string }; correction?: { id: string; slug: string } } = {};
const contexts: { close: () => Promise<void> }[] = [];
let admin: Page;

test.afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
});

async function signedInAdmin(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const { context, page } = await openBrowserFor(browser, baseURL);
  contexts.push(context);
  await signIn(page, DEMO.admin, DEMO_PASSWORD);
  return page;
}

/** The report's id (from the editor's address) and its public slug (from "Public address"). */
async function reportOnEditor(page: Page): Promise<{ id: string; slug: string }> {
  await page.waitForURL(/\/en\/admin\/reports\/[0-9a-z]{20}$/);
  const id = page.url().split("/").pop()!;
  const address = await page.locator("dt", { hasText: "Public address" }).locator("xpath=following-sibling::dd[1]").innerText();
  const slug = address.trim().replace(/^\/transparency\//, "");
  expect(slug).toMatch(/^2026(-\d+)?$/);
  return { id, slug };
}

/** Ticks the confirmation and publishes; the page becomes the read-only view of a published report. */
async function publish(page: Page): Promise<void> {
  const publishForm = page.getByRole("form", { name: "Publish" });
  const button = publishForm.getByRole("button", { name: "Publish the report" });
  await expect(button).toBeDisabled();
  await publishForm.getByLabel("I have checked the figures and the text; publish this report now.").check();
  await button.click();
  await expect(page.getByText("This report is published and can no longer be changed.")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 2, name: "Published figures" })).toBeVisible();
}

/** Every count shown in the page's figure tables: a number at or above the threshold, or "<5". */
async function expectSuppressedTables(page: Page): Promise<void> {
  const cells = await page.locator("[data-figure] tbody td").allInnerTexts();
  expect(cells.length).toBeGreaterThan(10);
  const counts = cells.filter((c) => /^(<\d+|[\d,]+)$/.test(c.trim()));
  const small = counts.filter((c) => !c.startsWith("<") && Number(c.replace(/,/g, "")) > 0 && Number(c.replace(/,/g, "")) < THRESHOLD);
  expect(small, "no count below the threshold is shown exactly").toEqual([]);
  expect(counts.filter((c) => c === `<${THRESHOLD}`).length, "small counts read <5").toBeGreaterThan(0);
}

test("the admin drafts a report, checks the live figures and publishes it", async ({ browser, baseURL }) => {
  admin = await signedInAdmin(browser, baseURL);

  await test.step("the reports list and the new-report form", async () => {
    await admin.goto("/en/admin/reports");
    await expect(admin.getByRole("heading", { level: 1, name: "Transparency reports" })).toBeVisible();
    await expect(admin.getByRole("navigation", { name: "Administration areas" }).getByRole("link", { name: "Transparency reports" })).toHaveAttribute("aria-current", "page");
    await expectAccessible(admin, "admin reports list");
    await admin.getByRole("link", { name: "New report" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "New transparency report" })).toBeVisible();
    await expectAccessible(admin, "new report form");
  });

  await test.step("a draft for the year 2026", async () => {
    await admin.getByLabel("Title", { exact: true }).fill(title);
    await admin.getByLabel("Kind of period").selectOption({ label: "Year" });
    // For a year, the first day fills in the whole calendar year.
    await admin.getByLabel("First day of the period").fill("2026-03-15");
    await expect(admin.getByLabel("First day of the period")).toHaveValue("2026-01-01");
    await expect(admin.getByLabel("Last day of the period")).toHaveValue("2026-12-31");
    await admin.getByRole("button", { name: "Create the draft" }).click();
    reports.original = await reportOnEditor(admin);
    await expect(admin.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(admin.getByText("Draft", { exact: true })).toBeVisible();
  });

  await test.step("the live figures are drawn while drafting, exact and as the public will see them", async () => {
    await expect(admin.getByRole("heading", { level: 2, name: "Live figures" })).toBeVisible();
    const chart = admin.getByRole("img", { name: /^Programmes by status/ });
    await expect(chart).toBeVisible();
    await expectAccessible(admin, "report editor with live figures");
    await admin.getByRole("link", { name: "As the public will see them (small counts suppressed)" }).click();
    await expect(admin).toHaveURL(/view=public/);
    await expect(admin.getByRole("link", { name: "As the public will see them (small counts suppressed)" })).toHaveAttribute("aria-current", "page");
    await expectSuppressedTables(admin);
  });

  await test.step("the summary is saved, then the report is published after confirmation", async () => {
    await admin.getByLabel("Summary (Markdown)").fill(narrative);
    // A refused save keeps what was typed and says what is wrong next to the field.
    await admin.getByLabel("Title", { exact: true }).fill("2026");
    await admin.getByRole("button", { name: "Save the draft" }).click();
    await expect(admin.getByText("Enter a title of 5 to 200 characters.")).toBeVisible();
    await expect(admin.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(admin.getByLabel("Summary (Markdown)")).toHaveValue(narrative);
    await expect(admin.getByRole("form", { name: "Publish" }).getByText("Save your changes before publishing.")).toBeVisible();
    await expectAccessible(admin, "report editor with a refused save");
    await admin.getByLabel("Title", { exact: true }).fill(title);
    await admin.getByRole("button", { name: "Save the draft" }).click();
    await expect(admin.getByText("The draft is saved.")).toBeVisible();
    await publish(admin);
    await expect(admin.getByRole("heading", { level: 3, name: "What happened in 2026" })).toBeVisible();
    await expectAccessible(admin, "published report (admin view)");
  });
});

test("the admin publishes a correction that supersedes the report", async () => {
  await admin.getByRole("link", { name: "Create a correction" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "New transparency report" })).toBeVisible();
  await expect(admin.getByText(`This report will be a correction of “${title}”.`)).toBeVisible();
  await expect(admin.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expectAccessible(admin, "new correction form");
  await admin.getByLabel("Title", { exact: true }).fill(correctedTitle);
  await admin.getByRole("button", { name: "Create the draft" }).click();
  reports.correction = await reportOnEditor(admin);
  expect(reports.correction.slug).not.toBe(reports.original!.slug);
  // The correction starts from the summary of the report it corrects.
  await expect(admin.getByLabel("Summary (Markdown)")).toHaveValue(narrative);
  await expect(admin.getByRole("link", { name: title, exact: true })).toHaveAttribute("href", `/en/admin/reports/${reports.original!.id}`);
  await publish(admin);

  await admin.goto("/en/admin/reports");
  const row = admin.getByRole("row", { name: new RegExp(correctedTitle) });
  await expect(row.getByText("Published", { exact: true })).toBeVisible();
  await expect(row.getByText(`Correction of ${title}`)).toBeVisible();
});

test("the admin reads the live figures of a chosen period, and the reports in Arabic", async () => {
  await admin.goto("/en/admin/figures");
  await expect(admin.getByRole("heading", { level: 1, name: "Live figures" })).toBeVisible();
  await admin.getByLabel("From", { exact: true }).fill("2026-01-01");
  await admin.getByLabel("To", { exact: true }).fill("2026-12-31");
  await admin.getByRole("button", { name: "Show the figures" }).click();
  await expect(admin).toHaveURL(/from=2026-01-01&to=2026-12-31/);
  await expect(admin.getByRole("heading", { level: 2, name: /^Figures for January 1\s–\sDecember 31, 2026/ })).toBeVisible();
  await expect(admin.getByRole("img", { name: /^Verified institutions by country/ })).toBeVisible();
  await expectAccessible(admin, "live figures dashboard");

  await expectRightToLeftArabic(admin, "/ar/admin/reports");
  await expectRightToLeftArabic(admin, `/ar/admin/reports/${reports.correction!.id}`);
});

test.describe("a visitor without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("finds the corrected report, reads its charts and tables and downloads the CSV", async ({ page, request }) => {
    const { original, correction } = reports;
    expect(original && correction, "the admin steps published both reports").toBeTruthy();

    await test.step("the list marks the replaced report and links to its correction", async () => {
      await page.goto("/en/transparency");
      await expect(page.getByRole("heading", { level: 1, name: "Transparency reports" })).toBeVisible();
      const replaced = page.getByRole("article", { name: title, exact: true });
      await expect(replaced.getByText("Replaced", { exact: true })).toBeVisible();
      await expect(replaced.getByRole("link", { name: correctedTitle })).toHaveAttribute("href", `/en/transparency/${correction!.slug}`);
      const current = page.getByRole("article", { name: correctedTitle, exact: true });
      await expect(current.getByRole("link", { name: title, exact: true })).toHaveAttribute("href", `/en/transparency/${original!.slug}`);
      // Newest first: the correction comes before the report it replaces.
      const titles = await page.getByRole("article").locator("h2").allInnerTexts();
      expect(titles.indexOf(correctedTitle)).toBeLessThan(titles.indexOf(title));
      await expectAccessibleWithoutJavaScript(page, "public reports list");
    });

    await test.step("the replaced report stays online and points to the correction", async () => {
      await page.getByRole("article", { name: title, exact: true }).getByRole("link", { name: title, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/en/transparency/${original!.slug}$`));
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      const note = page.getByRole("note").filter({ hasText: "This report has been replaced by the correction" });
      await expect(note).toBeVisible();
      await expectAccessibleWithoutJavaScript(page, "replaced report");
      await note.getByRole("link", { name: correctedTitle }).click();
      await expect(page).toHaveURL(new RegExp(`/en/transparency/${correction!.slug}$`));
    });

    let totalShown = "";
    await test.step("the correction shows its text, its charts and tables, with small counts suppressed", async () => {
      await expect(page.getByRole("heading", { level: 1, name: correctedTitle })).toBeVisible();
      await expect(page.getByRole("note").filter({ hasText: "This report is a correction of" }).getByRole("link", { name: title, exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { level: 3, name: "What happened in 2026" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: "Methodology" })).toBeVisible();
      // The charts are server-rendered SVG images with an accessible name (title + description).
      const charts = page.locator("svg[role='img']");
      expect(await charts.count()).toBeGreaterThanOrEqual(8);
      const byStatus = page.getByRole("img", { name: /^Programmes by status/ });
      await expect(byStatus).toBeVisible();
      await expect(byStatus).toHaveAccessibleName(/^Programmes by status \d+ bars?[.,]/);
      // Counts at or above the threshold are drawn as bars (the demo data has 9 approvals).
      expect(await charts.locator("rect:not([data-suppressed])").count()).toBeGreaterThan(0);
      await expect(page.getByRole("img", { name: /^Decisions by outcome/ }).locator("rect:not([data-suppressed])").first()).toBeVisible();
      // Suppressed counts draw only a small dashed outline, never a bar of their (hidden) length.
      await expect(byStatus.locator("rect[data-suppressed]").first()).toBeVisible();
      for (const name of ["Approved programmes by sector", "Verified institutions by type", "Decisions by outcome"]) {
        await expect(page.getByRole("img", { name: new RegExp(`^${name}`) })).toBeVisible();
        await expect(page.getByRole("table", { name })).toBeVisible();
      }
      await expectSuppressedTables(page);
      totalShown = (await page.locator('[data-headline="programmesTotal"] dd').first().innerText()).trim();
      expect(totalShown).toMatch(/^(<5|[\d,]+)$/);
      await expectAccessibleWithoutJavaScript(page, "published report");
    });

    await test.step("the CSV download holds the same, suppressed figures", async () => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV (spreadsheet)" }).click()]);
      expect(download.suggestedFilename()).toBe(`southbridge-report-${correction!.slug}.csv`);
      const csv = await readFile(await download.path(), "utf8");
      const lines = csv.trim().split(/\r?\n/);
      expect(lines[0]).toBe("section,figure,key,name,currency,value");
      expect(lines).toContain(`report,slug,,,,${correction!.slug}`);
      expect(lines).toContain(`report,supersedes,,,,${original!.slug}`);
      expect(lines).toContain(`programmes,total,,,,${totalShown.replace(/,/g, "")}`);
      const counts = lines.filter((l) => /^(programmes|institutions|participation),/.test(l)).map((l) => l.split(",").pop()!);
      expect(counts.length).toBeGreaterThan(10);
      expect(counts.filter((v) => /^\d+$/.test(v) && Number(v) > 0 && Number(v) < THRESHOLD), "no small count in the CSV").toEqual([]);
      expect(counts).toContain(`<${THRESHOLD}`);

      const response = await request.get(`/api/open/reports/${correction!.slug}.csv`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toMatch(/^text\/csv/);
      expect(await response.text()).toBe(csv);
      const json = await request.get(`/api/open/reports/${correction!.slug}.json`);
      expect(json.headers()["content-type"]).toMatch(/^application\/json/);
      const document = (await json.json()) as { title: string; supersedes: string; figures: { programmes: { total: number | string } } };
      expect(document.title).toBe(correctedTitle);
      expect(document.supersedes).toBe(original!.slug);
      expect(String(document.figures.programmes.total)).toBe(totalShown.replace(/,/g, ""));
    });

    await test.step("the same pages in Arabic, right to left", async () => {
      for (const path of ["/ar/transparency", `/ar/transparency/${correction!.slug}`]) {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
        await expect(page.locator("html")).toHaveAttribute("lang", "ar");
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
        await expectAccessibleWithoutJavaScript(page, `Arabic page ${path}`);
      }
      await expect(page.getByRole("img", { name: /^البرامج حسب الحالة/ })).toBeVisible();
      await expect(page.getByRole("link", { name: "CSV (جدول بيانات)" })).toHaveAttribute("href", `/api/open/reports/${correction!.slug}.csv`);
    });
  });
});
