// The public side works without JavaScript: locale redirect, directory filters (a GET form),
// institution pages and the language switcher (a <details> menu of plain links). Plus the
// machine endpoints: health check and open data.
import { expect, test } from "./support/test";
import { expectAccessibleWithoutJavaScript } from "./support/axe";

test.describe.configure({ timeout: 90_000 });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor finds an African institution in the directory and opens its page", async ({ page }) => {
    await test.step("/ redirects to a locale", async () => {
      await page.goto("/");
      await expect(page).toHaveURL(/\/en\/?$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectAccessibleWithoutJavaScript(page, "home page");
    });

    await test.step("the directory filters by region with its GET form", async () => {
      await page.goto("/en/institutions");
      await expect(page.getByRole("heading", { level: 1, name: "Verified institutions" })).toBeVisible();
      await expectAccessibleWithoutJavaScript(page, "institution directory");
      const filters = page.getByRole("search", { name: "Filter institutions" });
      await filters.getByLabel("Region").selectOption({ label: "Africa" });
      await filters.getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL(/\/en\/institutions\?(.*&)?region=Africa(&|$)/);
      await expect(page.getByLabel("Region")).toHaveValue("Africa");
      const results = page.getByRole("region", { name: "Results" });
      await expect(results.getByRole("link", { name: "University of Nairobi" })).toBeVisible();
      // Every card of the filtered list is in Africa.
      const cards = results.getByRole("article");
      expect(await cards.count()).toBeGreaterThan(0);
      for (const text of await cards.allInnerTexts()) expect(text).toContain("Africa");
      await expectAccessibleWithoutJavaScript(page, "institution directory filtered by region");
    });

    await test.step("an institution page opens from the list", async () => {
      await page.getByRole("region", { name: "Results" }).getByRole("link", { name: "University of Nairobi" }).click();
      await expect(page).toHaveURL(/\/en\/institutions\/[0-9a-z]{20}$/);
      await expect(page.getByRole("heading", { level: 1, name: /University of Nairobi/ })).toBeVisible();
      await expectAccessibleWithoutJavaScript(page, "institution page");
    });
  });

  test("the language switcher keeps the current page and its filters", async ({ page }) => {
    await page.goto("/fr/institutions?region=Africa");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await page.getByRole("banner").locator("summary", { hasText: "Français" }).click();
    const spanish = page.getByRole("banner").getByRole("link", { name: "Español" });
    await expect(spanish).toHaveAttribute("href", "/es/institutions?region=Africa");
    await expectAccessibleWithoutJavaScript(page, "French directory with the language menu open");
    await spanish.click();
    await expect(page).toHaveURL(/\/es\/institutions\?region=Africa$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByLabel("Región")).toHaveValue("Africa");
  });
});

test("with JavaScript, the language switcher also keeps the current page and its filters", async ({ page }) => {
  await page.goto("/fr/institutions?region=Africa");
  await page.getByRole("banner").locator("summary", { hasText: "Français" }).click();
  const spanish = page.getByRole("banner").getByRole("link", { name: "Español" });
  await expect(spanish).toHaveAttribute("href", "/es/institutions?region=Africa");
  await spanish.click();
  await expect(page).toHaveURL(/\/es\/institutions\?region=Africa$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});

test("GET /api/health answers ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test("GET /api/open/institutions.csv is CSV with a header row", async ({ request }) => {
  const response = await request.get("/api/open/institutions.csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/csv/);
  const [header, ...rows] = (await response.text()).split(/\r?\n/).filter((line) => line !== "");
  expect(header?.replace(/^\uFEFF/, "").split(",")).toEqual([
    "id",
    "name",
    "acronym",
    "country_code",
    "country_name",
    "region",
    "subregion",
    "type",
    "website",
    "ror_id",
    "verified_since",
  ]);
  expect(rows.some((row) => row.includes("University of Nairobi"))).toBe(true);
});
