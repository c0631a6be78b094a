// Page-weight budgets of the public pages, in English and in Arabic, measured like a reader on a
// slow link would pay for them: the compressed bytes of every response the page loads (the
// document, scripts, styles, fonts, images), from Chromium's network log.
//
//   weight  = Σ (response headers + compressed body) of every request of the page load  ≤ 150 KB
//   HTML    = the document's decompressed size, compared with what the page needs: its visible
//             markup, i.e. the document without the inline React Server Components payload
//             (<script>self.__next_f.push(…)</script>), which repeats the page for hydration.
//             HTML ≤ 1.3 × needed — the payload may add at most 30 % on top of the page itself.
//
// A page that ships the whole message catalogue (as the root layout once did) fails both.
import type { Page, Request } from "@playwright/test";
import { expect, test } from "./support/test";

test.describe.configure({ timeout: 120_000 });

const WEIGHT_BUDGET = 150 * 1024;
const HTML_OVERHEAD = 1.3;

/** Public pages by path; the detail pages are found from their lists (demo data). */
const LIST_PAGES = ["", "/programmes", "/institutions", "/transparency", "/help", "/contact", "/privacy", "/accessibility"];
const DETAIL_LINKS: { list: string; pattern: RegExp }[] = [
  { list: "/programmes", pattern: /^\/(en|ar)\/programmes\/[^/?]+$/ },
  { list: "/institutions", pattern: /^\/(en|ar)\/institutions\/[^/?]+$/ },
  { list: "/transparency", pattern: /^\/(en|ar)\/transparency\/[^/?]+$/ },
];

type Weight = { path: string; requests: number; transferred: number; html: number; needed: number };

/** Loads `path` and sums what went over the wire (compressed) for it. */
async function weigh(page: Page, path: string): Promise<Weight> {
  const requests: Request[] = [];
  const listener = (request: Request) => requests.push(request);
  page.on("requestfinished", listener);
  const response = await page.goto(path, { waitUntil: "networkidle" });
  page.off("requestfinished", listener);
  expect(response?.status(), path).toBe(200);
  let transferred = 0;
  for (const request of requests) {
    const sizes = await request.sizes();
    transferred += sizes.responseHeadersSize + sizes.responseBodySize;
  }
  const html = (await response!.text()).length;
  const needed = (await response!.text()).replace(/<script[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g, "").length;
  return { path, requests: requests.length, transferred, html, needed };
}

async function detailPaths(page: Page, locale: string): Promise<string[]> {
  const paths: string[] = [];
  for (const { list, pattern } of DETAIL_LINKS) {
    await page.goto(`/${locale}${list}`);
    const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const first = hrefs.find((href) => pattern.test(href));
    expect(first, `a detail link on /${locale}${list}`).toBeDefined();
    paths.push(first!);
  }
  return paths;
}

for (const locale of ["en", "ar"]) {
  test(`every public page in ${locale} weighs at most 150 KB compressed, HTML at most 1.3× what it needs`, async ({ page }) => {
    const paths = [...LIST_PAGES.map((p) => `/${locale}${p}`), ...(await detailPaths(page, locale))];
    const weights: Weight[] = [];
    for (const path of paths) weights.push(await weigh(page, path));
    console.log(
      weights.map((w) => `${w.path.padEnd(48)} ${(w.transferred / 1024).toFixed(1).padStart(6)} KB in ${w.requests} requests; HTML ${(w.html / 1024).toFixed(1)} KB, ${(w.html / w.needed).toFixed(2)}× needed`).join("\n"),
    );
    for (const w of weights) {
      expect.soft(w.transferred, `${w.path}: compressed bytes`).toBeLessThanOrEqual(WEIGHT_BUDGET);
      expect.soft(w.html / w.needed, `${w.path}: HTML / needed`).toBeLessThanOrEqual(HTML_OVERHEAD);
    }
  });
}
