// Page-weight budgets of the public pages, in English and in Arabic, measured like a reader on a
// slow link would pay for them: the compressed bytes of every response the page loads (the
// document, scripts, styles, fonts, images), from Chromium's network log.
//
//   weight  = Σ (response headers + compressed body) of every request of a first visit (a fresh
//             browser context: nothing cached): document, scripts, styles, fonts, images — not
//             the link prefetches ("?_rsc="), which load the pages a reader may open next.
//             The budget: ≤ 150 KB, held here. What ships on every public page
//             (compressed, with ~1 KB of response headers each): react-dom 61 KB, the Next
//             runtime 39 + 7 KB and three small chunks (+ the header menu script), CSS 7 KB, the
//             icon — about 125 KB before the document (8–17 KB). That is Brotli: the production
//             server (scripts/serve.mjs, which `npm start` and this suite run) compresses the
//             build files once at Brotli's best quality and pages at quality 6, where `next start`
//             only gzips (react-dom 71 KB, runtime 46.5 KB: 158–181 KB a page). On Vercel the edge
//             compresses with Brotli too. Also gone: the next-intl client (13 KB use-intl + 6 KB
//             Link) — no root NextIntlClientProvider, and server components link with
//             i18n/server-link.tsx (a plain <a>), never importing i18n/navigation.ts.
//   HTML    = the document's decompressed size over what the page needs: its visible text and
//             markup, i.e. the document without the inline React Server Components payload
//             (<script>self.__next_f.push(…)</script>), which repeats the page for hydration.
//             The goal is HTML ≤ 1.3 × needed. App Router pages measure 2.7–3.0× (they
//             measured 2.7–3.3× with client Links, whose props the payload repeated for every
//             link): the payload is the whole element tree again, as JSON. That gap is reported by
//             `npm run bench` (bench/RESULTS.md); this test holds the line at HTML_RATCHET so it
//             can only shrink, and a page shipping the message catalogue again fails it.
import type { Browser, Page, Request } from "@playwright/test";
import { expect, test } from "./support/test";

test.describe.configure({ timeout: 300_000 });

/** A public page's first-visit weight: the budget (226 KB before issue #14; 130–146 KB with Brotli). */
const WEIGHT_BUDGET = 150 * 1024;
/** The current bound on HTML ÷ needed (goal 1.3, not met: see the header). 3.4 before issue #14's branch. */
const HTML_RATCHET = 3.05;

/** Public pages by path; the detail pages are found from their lists (demo data). */
const LIST_PAGES = ["", "/programmes", "/institutions", "/transparency", "/help", "/contact", "/privacy", "/accessibility"];
const DETAIL_LINKS: { list: string; pattern: RegExp }[] = [
  // A programme's page, not the catalogue's calendar and Atom feed beside it.
  { list: "/programmes", pattern: /^\/(en|ar)\/programmes\/(?!deadlines\.ics$|feed\.atom$)[^/?]+$/ },
  { list: "/institutions", pattern: /^\/(en|ar)\/institutions\/[^/?]+$/ },
  { list: "/transparency", pattern: /^\/(en|ar)\/transparency\/[^/?]+$/ },
];

type Weight = { path: string; requests: number; transferred: number; html: number; needed: number };

/** Loads `path` in a fresh context (empty cache) and sums what went over the wire (compressed) for it. */
async function weigh(browser: Browser, baseURL: string, path: string): Promise<Weight> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const requests: Request[] = [];
  const listener = (request: Request) => requests.push(request);
  page.on("requestfinished", listener);
  const response = await page.goto(path, { waitUntil: "networkidle" });
  page.off("requestfinished", listener);
  expect(response?.status(), path).toBe(200);
  let transferred = 0;
  // Link prefetches (RSC requests, "?_rsc=") load the NEXT pages a reader may open: not this page's weight.
  for (const request of requests.filter((r) => !r.url().includes("_rsc="))) {
    const sizes = await request.sizes();
    transferred += sizes.responseHeadersSize + sizes.responseBodySize;
  }
  const html = (await response!.text()).length;
  const needed = (await response!.text()).replace(/<script[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g, "").length;
  await context.close();
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
  test(`every public page in ${locale} weighs at most 150 KB on a first visit, and its HTML stays within the ratchet`, async ({ page, browser, baseURL }) => {
    const paths = [...LIST_PAGES.map((p) => `/${locale}${p}`), ...(await detailPaths(page, locale))];
    const weights: Weight[] = [];
    for (const path of paths) weights.push(await weigh(browser, baseURL!, path));
    console.log(
      weights.map((w) => `${w.path.padEnd(48)} ${(w.transferred / 1024).toFixed(1).padStart(6)} KB in ${w.requests} requests; HTML ${(w.html / 1024).toFixed(1)} KB, ${(w.html / w.needed).toFixed(2)}× needed`).join("\n"),
    );
    for (const w of weights) {
      expect.soft(w.transferred, `${w.path}: compressed bytes`).toBeLessThanOrEqual(WEIGHT_BUDGET);
      expect.soft(w.html / w.needed, `${w.path}: HTML / needed`).toBeLessThanOrEqual(HTML_RATCHET);
    }
  });
}
