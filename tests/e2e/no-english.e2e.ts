// In Arabic and Chinese, a published transparency report and a programme page show no English
// outside user content. Both scripts are non-Latin, so any Latin word on the page is either
// English left untranslated, English marked as such (lang="en"), user content (isolated with
// <bdi> or dir="auto": titles, descriptions, institution names), or a code (PRG-2026-0042, JSON,
// USD). Every visible text node and every accessible text (aria-label, SVG titles) is checked;
// a failure names the English catalogue message the text comes from when there is one.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { englishCatalogue, englishIn, MESSAGES, readerTexts } from "./support/no-english";

test.describe.configure({ timeout: 120_000 });
test.use({ javaScriptEnabled: false });

type OpenProgramme = { reference: string; title: string; summary: string; lead_institution_name: string; co_lead_institution_names: string[]; mechanism_code: string | null; sectors: string[]; spillover_country_codes: string[] };

async function aProgramme(request: APIRequestContext): Promise<OpenProgramme> {
  const programmes = (await (await request.get("/api/open/programmes.json")).json()) as { programmes?: OpenProgramme[] } | OpenProgramme[];
  const list = Array.isArray(programmes) ? programmes : (programmes.programmes ?? []);
  // The richest page: one with a mechanism, sectors and spillover countries.
  const found = list.find((p) => p.mechanism_code && p.sectors.length > 0 && p.spillover_country_codes.length > 0);
  expect(found, "a public programme with a mechanism, sectors and spillover countries in the demo data").toBeTruthy();
  return found!;
}

async function aReport(request: APIRequestContext): Promise<{ slug: string; title: string }> {
  const body = (await (await request.get("/api/open/reports.json")).json()) as { reports?: { slug: string; title: string }[] } | { slug: string; title: string }[];
  const reports = Array.isArray(body) ? body : (body.reports ?? []);
  expect(reports.length, "a published report in the demo data").toBeGreaterThan(0);
  return reports[0]!;
}

const catalogue = englishCatalogue();

/** A name from messages/<locale>/reference.json ("mechanisms.FOCAC"). */
function referenceName(locale: string, key: string): string {
  const names = JSON.parse(readFileSync(path.join(MESSAGES, locale, "reference.json"), "utf8")) as Record<string, Record<string, string>>;
  const [group, code] = key.split(".") as [string, string];
  return names[group]![code]!;
}

/** The first heading of the locale's methodology document. */
const methodologyHeading = (locale: string) => /^## (.+)$/m.exec(readFileSync(path.join(MESSAGES, locale, "documents", "methodology.md"), "utf8"))![1]!;

for (const locale of ["ar", "zh"] as const) {
  test(`a programme page in ${locale} shows no English outside user content`, async ({ page, request }) => {
    const programme = await aProgramme(request);
    await page.goto(`/${locale}/programmes/${programme.reference}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    const texts = await readerTexts(page, locale);
    expect(texts.length).toBeGreaterThan(30);
    const own = [programme.title, programme.summary, programme.lead_institution_name, ...programme.co_lead_institution_names];
    expect(englishIn(texts, catalogue, own)).toEqual([]);
    // The reference names are the reader's: the mechanism and the first sector.
    const facts = page.getByRole("region", { name: await page.locator("#facts-title").innerText() });
    await expect(facts).toContainText(referenceName(locale, `mechanisms.${programme.mechanism_code}`));
    await expect(facts).toContainText(referenceName(locale, `sectors.${programme.sectors[0]}`));
  });

  test(`a published transparency report in ${locale} shows no English outside user content, its methodology included`, async ({ page, request }) => {
    const report = await aReport(request);
    await page.goto(`/${locale}/transparency/${report.slug}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    // The charts are there, named in the reader's language.
    expect(await page.locator("svg[role='img']").count()).toBeGreaterThan(5);
    const texts = await readerTexts(page, locale);
    expect(texts.length).toBeGreaterThan(50);
    expect(englishIn(texts, catalogue, [report.title])).toEqual([]);
    // The default methodology is shown translated, in the reader's language.
    await expect(page.locator("body")).not.toContainText("How these figures are made");
    await expect(page.getByRole("heading", { level: 3, name: methodologyHeading(locale) })).toBeVisible();
    await expect(page.locator(`[lang="${locale}"]`).getByRole("heading", { name: methodologyHeading(locale) })).toHaveCount(1);
    // The mechanism chart names mechanisms in the reader's language (its table says the same).
    const mechanisms = page.locator("[data-chart$='by-mechanism-chart']");
    await expect(mechanisms).toHaveCount(1);
    // The drawn text of each label (a shortened label carries the full name in a <title> child).
    const labels = await mechanisms.locator("text").evaluateAll((els) => els.map((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join("")));
    const reference = JSON.parse(readFileSync(path.join(MESSAGES, locale, "reference.json"), "utf8")) as { mechanisms: Record<string, string> };
    const localised = new Set(Object.values(reference.mechanisms));
    const named = labels.map((l) => l.replace(/[\u2066-\u2069]/g, "").replace(/…$/, "")).filter((l) => !/^[<\d\s,.٠-٩]+$/.test(l));
    expect(named.length).toBeGreaterThan(0);
    for (const label of named) expect([...localised].some((name) => name.startsWith(label)), label).toBe(true);
  });
}

test("the check finds English: the same programme page in English fails it", async ({ page, request }) => {
  const programme = await aProgramme(request);
  await page.goto(`/en/programmes/${programme.reference}`);
  const found = englishIn(await readerTexts(page, "en"), catalogue, [programme.title, programme.summary]);
  expect(found.length).toBeGreaterThan(20);
  expect(found.some((line) => line.includes("= English message catalogue."))).toBe(true);
});
