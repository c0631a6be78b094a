// The help pages — how it works and a glossary, contact, privacy notice, accessibility
// statement — exist in all seven languages at /{locale}/help|contact|privacy|accessibility,
// are served in the page's language and direction, work without JavaScript, pass axe, and are
// linked from the footer of every page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectAccessibleWithoutJavaScript } from "./support/axe";

const LOCALES = ["en", "fr", "es", "ar", "zh", "ru", "pt"] as const;
const PAGES = ["help", "contact", "privacy", "accessibility"] as const;
/** The contact address the pages show (CONTACT_EMAIL, default when unset). */
const CONTACT_EMAIL = process.env.CONTACT_EMAIL || "contact@southbridge.local";

/** The title of a document: its first "# " line, as the page's h1 shows it. */
function titleOf(locale: string, page: string): string {
  const markdown = readFileSync(path.join(process.cwd(), "messages", locale, "documents", `${page}.md`), "utf8");
  return /^# (.+)$/m.exec(markdown)![1]!.trim();
}

test.describe.configure({ timeout: 180_000 });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    test(`the help, contact, privacy and accessibility pages exist in ${locale}, in its language and direction, and pass axe`, async ({ page }) => {
      for (const name of PAGES) {
        await test.step(`/${locale}/${name}`, async () => {
          const response = await page.goto(`/${locale}/${name}`);
          expect(response?.status(), `HTTP status of /${locale}/${name}`).toBe(200);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
          const title = titleOf(locale, name);
          await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
          await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
          await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
          const article = page.locator(`article[data-document="${name}"]`);
          expect(await article.getByRole("heading", { level: 2 }).count()).toBeGreaterThan(1);
          if (name !== "help") await expect(article).toContainText(CONTACT_EMAIL);
          // No placeholder is left unfilled.
          expect(await article.innerText()).not.toMatch(/\{[a-zA-Z]+\}/);
          await expectAccessibleWithoutJavaScript(page, `/${locale}/${name}`);
        });
      }
    });
  }

  test("the help page explains every role and the glossary, and links to the other pages in the reader's language", async ({ page }) => {
    await page.goto("/en/help");
    for (const role of ["Visitors", "Members", "Institution owners", "Signatories", "Reviewers", "Administrators", "Glossary"]) {
      await expect(page.getByRole("heading", { level: 2, name: role })).toBeVisible();
    }
    const glossary = page.locator("article").getByRole("listitem").filter({ has: page.locator("strong") });
    for (const term of ["Data-sharing agreement (DSA)", "Impact assessment (DPIA)", "Quorum", "Chair", "Recusal", "Revision", "Cooperation mechanism", "Hub country and spillover countries", "Lead and co-lead institutions", "Flagship", "Signatory", "Suppression"]) {
      await expect(glossary.filter({ has: page.locator("strong").getByText(term, { exact: true }) })).toHaveCount(1);
    }
    await page.goto("/pt/help");
    await expect(page.locator("article").getByRole("link", { name: "Aviso de privacidade" })).toHaveAttribute("href", "/pt/privacy");
  });

  test("the footer of every page links to the help pages of its language", async ({ page }) => {
    for (const [locale, names] of [
      ["en", ["Help", "Contact", "Privacy", "Accessibility"]],
      ["ar", ["المساعدة", "اتصل بنا", "الخصوصية", "إمكانية الوصول"]],
    ] as const) {
      await page.goto(`/${locale}/programmes`);
      const footer = page.getByRole("contentinfo").getByRole("navigation");
      for (const [i, name] of names.entries()) await expect(footer.getByRole("link", { name, exact: true })).toHaveAttribute("href", `/${locale}/${PAGES[i]}`);
    }
    await page.getByRole("contentinfo").getByRole("link", { name: "المساعدة", exact: true }).click();
    await expect(page).toHaveURL(/\/ar\/help$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleOf("ar", "help"));
  });
});
