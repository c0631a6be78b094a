import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

const BLOCKING = new Set(["serious", "critical"]);

/** One line per violation and up to five offending elements, so a failure reads without a debugger. */
function describe(violation: Violation): string {
  const nodes = violation.nodes.slice(0, 5).map((node) => {
    const why = node.failureSummary?.replace(/\s+/g, " ").trim();
    return `      • ${node.target.join(" ")}${why ? ` — ${why}` : ""}`;
  });
  const more = violation.nodes.length > 5 ? [`      … and ${violation.nodes.length - 5} more`] : [];
  return [`[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`, ...nodes, ...more].join("\n");
}

/** Waits (up to 5 s) until the document has a non-empty <title>; returns whether it has one. */
export async function titleSettled(page: Page): Promise<boolean> {
  return page
    .waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
}

/**
 * axe's results for the page. While a router.refresh() is in flight, Next.js may take the
 * streamed <title> out for a moment (about 200 ms) and put it back: when axe happens to look
 * in that instant, it looks again once the title is back. A page that really has no title
 * still fails.
 */
async function analyze(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  if (!results.violations.some((v) => v.id === "document-title")) return results;
  return (await titleSettled(page)) ? new AxeBuilder({ page }).analyze() : results;
}

/**
 * Runs axe-core on the page as it is now and records a failure for every serious or critical
 * violation. The check is soft: the scenario goes on, so one run lists the problems of every
 * page it visits, and the test still fails at the end.
 */
export async function expectAccessible(page: Page, what?: string): Promise<void> {
  await page.waitForLoadState("load");
  const results = await analyze(page);
  const blocking = results.violations.filter((v) => v.impact != null && BLOCKING.has(v.impact)).map(describe);
  const where = what ? `${what} (${page.url()})` : page.url();
  expect.soft(blocking, `axe: serious or critical accessibility violations on ${where}`).toEqual([]);
}

/**
 * The same check for a page opened with `javaScriptEnabled: false`, where axe-core cannot run
 * (its checks wait on timers). The page's DOM as the visitor sees it — scripts removed, so
 * nothing hydrates — is served at the same address to a second page that allows axe, with the
 * site's own styles, and analysed there.
 */
export async function expectAccessibleWithoutJavaScript(page: Page, what?: string): Promise<void> {
  const url = page.url();
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  // Contexts made in a test inherit its `use` options, javaScriptEnabled: false included.
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
    await copy.goto(url);
    await expectAccessible(copy, what);
  } finally {
    await context.close();
  }
}
