// The public catalogue works without JavaScript: a visitor filters it with its GET form (region,
// sector, flagship, status), the filtered view is a shareable address, pagination keeps the
// filters, and the programme page tells a visitor how to apply. axe on every page, English and
// Arabic. Plus the programmes open data (JSON and CSV).
import { expect, test } from "./support/test";
import { configFromEnv, createDb } from "../../db/client";
import { createInstitution, createProgramme, createProgrammes, uniqueSuffix } from "../factories";
import { DEMO, DEMO_PASSWORD } from "./support/accounts";
import { expectAccessible, expectAccessibleWithoutJavaScript } from "./support/axe";

test.describe.configure({ timeout: 120_000 });

const databaseUrl = process.env.E2E_DATABASE_URL || "mysql://root@127.0.0.1:3306/southbridge_e2e";
const suffix = uniqueSuffix();
const TITLE = `Rainwater harvesting sensors pilot ${suffix}`;
const HIDDEN_TITLE = `Rainwater approved but not open ${suffix}`;
/** 23 programmes sharing one word, to page through (20 per page). */
const PROBE = `Paginationprobe${suffix.replace(/[^0-9a-z]/g, "")}`;
let reference = "";

test.beforeAll(async () => {
  const handle = createDb({ ...configFromEnv({ DATABASE_URL: databaseUrl }) });
  try {
    const lead = await createInstitution(handle.db, { countryCode: "GH", name: `Kumasi Water Lab ${suffix}` });
    const common = {
      leadInstitutionId: lead.id,
      createdByUserId: lead.createdByUserId,
      isFlagship: true,
      hubCountry: "GH",
      spilloverCountries: ["TG", "BF"],
      sectors: ["water"],
      summary: "Low-cost sensors and forecasting for rainwater harvesting in Ghana, Togo and Burkina Faso.",
      applicationDeadline: "2099-01-31",
      startDate: "2099-03-01",
      endDate: "2100-03-01",
      capacity: 4,
    };
    const programme = await createProgramme(handle.db, { ...common, status: "open", title: TITLE, publishedAt: new Date() });
    await createProgramme(handle.db, { ...common, status: "approved", title: HIDDEN_TITLE });
    reference = programme.reference;
    await createProgrammes(handle.db, 23, { leadInstitutionId: lead.id, createdByUserId: lead.createdByUserId, status: "active", title: `${PROBE} training cohort` });
  } finally {
    await handle.close();
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor filters the catalogue to open flagship water programmes in Sub-Saharan Africa and opens one", async ({ page }) => {
    await test.step("the catalogue lists programmes with a filter form", async () => {
      await page.goto("/en/programmes");
      await expect(page.getByRole("heading", { level: 1, name: "Programmes" })).toBeVisible();
      await expectAccessibleWithoutJavaScript(page, "catalogue");
    });

    await test.step("the GET form applies region, sector, flagship and status", async () => {
      const filters = page.getByRole("search", { name: "Filter programmes" });
      await filters.getByLabel("Region").selectOption({ label: "Sub-Saharan Africa" });
      await filters.getByLabel("Sector").selectOption({ label: "Water resources and sanitation" });
      await filters.getByLabel("Flagship programmes only").check();
      await filters.getByLabel("Status").selectOption({ label: "Open for applications" });
      await filters.getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL(/\/en\/programmes\?/);
      const url = new URL(page.url());
      expect(Object.fromEntries(url.searchParams)).toMatchObject({ region: "Sub-Saharan Africa", sector: "water", flagship: "1", status: "open" });
      // The form shows the filters it applied.
      await expect(page.getByLabel("Region")).toHaveValue("Sub-Saharan Africa");
      await expect(page.getByLabel("Flagship programmes only")).toBeChecked();
      const results = page.getByRole("region", { name: "Results" });
      await expect(results.getByRole("link", { name: TITLE })).toBeVisible();
      await expect(results.getByText(HIDDEN_TITLE)).toHaveCount(0);
      const cards = results.getByRole("article");
      expect(await cards.count()).toBeGreaterThan(0);
      for (const text of await cards.allInnerTexts()) {
        expect(text).toContain("Flagship");
        expect(text).toContain("Open for applications");
      }
      await expectAccessibleWithoutJavaScript(page, "catalogue filtered");
    });

    await test.step("the filtered view is a shareable address", async () => {
      await page.goto(`/en/programmes?region=Sub-Saharan+Africa&sector=water&flagship=1&status=open&q=${encodeURIComponent(suffix)}`);
      await expect(page.getByRole("region", { name: "Results" }).getByRole("link", { name: TITLE })).toBeVisible();
      await expect(page.getByRole("status")).toHaveText("1 result");
    });

    await test.step("the programme page says how to apply", async () => {
      await page.getByRole("link", { name: TITLE }).click();
      await expect(page).toHaveURL(new RegExp(`/en/programmes/${reference}$`));
      await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
      await expect(page.getByText("Flagship programme")).toBeVisible();
      const apply = page.getByRole("region", { name: "How to apply" });
      const signIn = apply.getByRole("link", { name: "Sign in to apply" });
      await expect(signIn).toHaveAttribute("href", `/en/sign-in?callbackUrl=${encodeURIComponent(`/en/programmes/${reference}`)}`);
      await expect(apply).toContainText("4 places left out of 4.");
      await expect(page.getByRole("region", { name: "Where it works" })).toContainText("Sub-Saharan Africa");
      await expectAccessibleWithoutJavaScript(page, "programme page");
    });

    await test.step("pagination keeps the filters", async () => {
      await page.goto(`/en/programmes?status=active&q=${PROBE}`);
      await expect(page.getByRole("status")).toHaveText("23 results");
      const results = page.getByRole("region", { name: "Results" });
      await expect(results.getByRole("article")).toHaveCount(20);
      await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).click();
      const url = new URL(page.url());
      expect(Object.fromEntries(url.searchParams)).toEqual({ status: "active", q: PROBE, page: "2" });
      await expect(results.getByRole("article")).toHaveCount(3);
      await expect(page.getByText("Page 2 of 2")).toBeVisible();
    });

    await test.step("a programme that is not public does not exist", async () => {
      const response = await page.goto("/en/programmes/PRG-1999-0001");
      expect(response?.status()).toBe(404);
    });

    await test.step("Arabic pages are right to left and accessible", async () => {
      await page.goto("/ar/programmes?region=Sub-Saharan+Africa&flagship=1");
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(page.getByLabel("المنطقة")).toHaveValue("Sub-Saharan Africa");
      await expectAccessibleWithoutJavaScript(page, "Arabic catalogue");
      await page.goto(`/ar/programmes/${reference}`);
      await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
      await expectAccessibleWithoutJavaScript(page, "Arabic programme page");
    });
  });
});

test("a visitor signs in from the programme page, comes back to it and finds the link to apply", async ({ page }) => {
  await page.goto(`/en/programmes/${reference}`);
  await page.getByRole("region", { name: "How to apply" }).getByRole("link", { name: "Sign in to apply" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email address").fill(DEMO.owner);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(`**/en/programmes/${reference}`);
  const apply = page.getByRole("region", { name: "How to apply" });
  await expect(apply.getByRole("link", { name: "Apply to join this programme" })).toHaveAttribute("href", `/en/programmes/${reference}/apply`);
  await expectAccessible(page, "programme page, signed in");
});

test("a signed-in person without an institution is told what they need to apply", async ({ page }) => {
  await page.goto(`/en/sign-in?callbackUrl=${encodeURIComponent(`/en/programmes/${reference}`)}`);
  await page.getByLabel("Email address").fill(DEMO.noInstitution);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(`**/en/programmes/${reference}`);
  const apply = page.getByRole("region", { name: "How to apply" });
  await expect(apply).toContainText("you need to be a member of a verified institution");
  await expect(apply.getByRole("link", { name: "Go to your dashboard" })).toHaveAttribute("href", "/en/dashboard");
  await expect(apply.getByRole("link", { name: "Apply to join this programme" })).toHaveCount(0);
});

test("the programmes open data lists published programmes only, as JSON and CSV", async ({ request }) => {
  const json = await request.get("/api/open/programmes.json");
  expect(json.headers()["content-type"]).toContain("application/json");
  const body = (await json.json()) as { count: number; fields: Record<string, string>; programmes: { reference: string; title: string; status: string }[] };
  expect(body.count).toBe(body.programmes.length);
  expect(body.programmes.map((p) => p.title)).toContain(TITLE);
  expect(body.programmes.map((p) => p.title)).not.toContain(HIDDEN_TITLE);
  for (const p of body.programmes) expect(["open", "active", "completed"]).toContain(p.status);
  const csv = await request.get("/api/open/programmes.csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trimEnd().split("\r\n");
  expect(lines[0]!.split(",")).toEqual(Object.keys(body.fields));
  expect(lines.some((l) => l.startsWith(`${reference},`) && l.includes(",TG;BF,"))).toBe(true);
});
