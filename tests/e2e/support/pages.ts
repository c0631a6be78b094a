import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";

/** What a person types into the institution form (labels and choices as the English page shows them). */
export type InstitutionInput = {
  name: string;
  acronym: string;
  /** The country's name as listed in the select, e.g. "Kenya". */
  country: string;
  /** The type's name as listed in the select, e.g. "University". */
  type: string;
  website: string;
  emailDomains: string;
  description: string;
};

/** Fills the register form of /en/dashboard/institutions/new, finding every field by its label. */
export async function fillInstitutionForm(page: Page, input: InstitutionInput): Promise<void> {
  await page.getByLabel("Name of the institution").fill(input.name);
  await page.getByLabel("Acronym (optional)").fill(input.acronym);
  await page.getByLabel("Country", { exact: true }).selectOption({ label: input.country });
  await page.getByLabel("Type of institution").selectOption({ label: input.type });
  await page.getByLabel("Website").fill(input.website);
  await page.getByLabel("Email domains").fill(input.emailDomains);
  await page.getByLabel("Description").fill(input.description);
}

/** Opens an Arabic page and checks it is served as Arabic, right to left, and passes axe. */
export async function expectRightToLeftArabic(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `HTTP status of ${path}`).toBeLessThan(400);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expectAccessible(page, `Arabic page ${path}`);
}
