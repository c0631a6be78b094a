// The `test` every end-to-end spec imports: Playwright's, plus a guard that fails a test when any
// page broke the Content-Security-Policy while it ran. Every browser context the suite opens
// (the built-in one and those from browser.newContext()) reports each `securitypolicyviolation`
// event and each "Refused to …" console error; violations seen during hooks fail the next test,
// and those seen after the last test fail the worker.
import { test as base, expect, type BrowserContext } from "@playwright/test";

export { expect };
export type { Browser, BrowserContext, Locator, Page } from "@playwright/test";

export type CspViolation = { url: string; directive: string; blocked: string; sample: string; source?: string };

const BINDING = "__southbridgeCspViolation";

export class CspWatcher {
  private found: CspViolation[] = [];
  private readonly contexts = new Set<BrowserContext>();

  async watch(context: BrowserContext): Promise<void> {
    if (this.contexts.has(context)) return;
    this.contexts.add(context);
    context.on("close", () => this.contexts.delete(context));
    await context.exposeBinding(BINDING, ({ page }, violation: Omit<CspViolation, "url">) => {
      this.found.push({ url: page?.url() ?? "?", ...violation });
    });
    await context.addInitScript((binding) => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as Record<string, (v: unknown) => Promise<void>>)[binding];
        const source = event.sourceFile ? `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : "";
        void report?.({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample, source });
      });
    }, BINDING);
    context.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy|^Refused to /i.test(message.text())) {
        this.found.push({ url: message.page()?.url() ?? "?", directive: "console", blocked: "", sample: message.text() });
      }
    });
  }

  /**
   * Waits for reports still on their way from open pages (a round trip to each; bounded, since a
   * page without JavaScript never answers), then hands over what was found.
   */
  async take(): Promise<CspViolation[]> {
    const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    for (const context of this.contexts) {
      for (const page of context.pages()) await Promise.race([page.evaluate(() => 0).catch(() => undefined), settle(250)]);
    }
    await settle(50);
    const found = this.found;
    this.found = [];
    return found;
  }
}

const listed = (violations: CspViolation[]) =>
  violations
    .map((v) => `  ${v.directive} blocked ${v.blocked || "(inline)"} on ${v.url}${v.source ? ` (from ${v.source})` : ""}${v.sample ? `: ${v.sample.slice(0, 160)}` : ""}`)
    .join("\n");

type TestFixtures = {
  /** Set with test.use() by the one test that studies a violation on purpose; it checks them itself. */
  expectCspViolations: boolean;
  cspGuard: void;
};

export const test = base.extend<TestFixtures, { cspWatcher: CspWatcher }>({
  expectCspViolations: [false, { option: true }],
  cspWatcher: [
    // Playwright reads a fixture's dependencies from its first parameter: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const watcher = new CspWatcher();
      await provide(watcher);
      const late = await watcher.take();
      if (late.length > 0) throw new Error(`Content-Security-Policy violations after the last test:\n${listed(late)}`);
    },
    { scope: "worker" },
  ],
  browser: [
    async ({ browser, cspWatcher }, provide) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        await cspWatcher.watch(context);
        return context;
      };
      await provide(browser);
      browser.newContext = newContext;
    },
    { scope: "worker" },
  ],
  context: async ({ context, cspWatcher }, provide) => {
    await cspWatcher.watch(context);
    await provide(context);
  },
  // Depends on `context` so that the test's own pages are still open when it collects.
  cspGuard: [
    async ({ cspWatcher, expectCspViolations, context: _context }, provide) => {
      const beforeTest = await cspWatcher.take();
      expect(beforeTest, `Content-Security-Policy violations during hooks before this test:\n${listed(beforeTest)}`).toEqual([]);
      await provide();
      const duringTest = await cspWatcher.take();
      if (expectCspViolations) return;
      expect(duringTest, `Content-Security-Policy violations during this test:\n${listed(duringTest)}`).toEqual([]);
    },
    { auto: true },
  ],
});
