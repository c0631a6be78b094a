// Finding 8 of issue #11: no security headers at all. Every kind of response — a public page, a
// signed-in page, an API route, a file — now carries them (a hashed build script or stylesheet
// carries nosniff: the document policies govern documents, issue #14); pages carry a
// Content-Security-Policy with a nonce that is new on every request and is the one on their
// scripts. The last tests prove the suite's CSP guard (support/test.ts): a script injected
// into a page is blocked, and a test whose page breaks the policy fails.
import type { APIResponse } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, signIn } from "./support/accounts";
import { expect, test, type Page } from "./support/test";

const EVERY_RESPONSE = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "cross-origin-opener-policy": "same-origin",
};
const EVERY_POLICY = ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "img-src 'self' data:"];

function expectSecurityHeaders(response: APIResponse, what: string): string {
  const headers = response.headers();
  for (const [name, value] of Object.entries(EVERY_RESPONSE)) expect(headers[name], `${name} on ${what}`).toBe(value);
  const permissions = headers["permissions-policy"] ?? "";
  for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "publickey-credentials-get=(self)"]) {
    expect(permissions, `Permissions-Policy on ${what}`).toContain(feature);
  }
  // HSTS only where DEPLOYMENT_ENV=production; the suite runs with "test" over plain HTTP.
  expect(headers["strict-transport-security"], `HSTS on ${what}`).toBeUndefined();
  const policy = headers["content-security-policy"] ?? "";
  for (const directive of EVERY_POLICY) expect(policy, `Content-Security-Policy on ${what}`).toContain(directive);
  return policy;
}

/** The nonce of a page's policy, after checking that the policy is the one for pages. */
async function pageNonce(response: APIResponse, what: string): Promise<string> {
  expect(response.status(), what).toBe(200);
  const policy = expectSecurityHeaders(response, what);
  const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy)?.[1];
  expect(nonce, `a script nonce in the policy of ${what}`).toBeTruthy();
  expect(policy).toContain(`style-src 'self' 'nonce-${nonce}'`);
  expect(response.headers()["x-nonce"], "the nonce is not repeated in a header of its own").toBeUndefined();
  // Every script of the page carries this request's nonce, and no other.
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length, `scripts on ${what}`).toBeGreaterThan(0);
  for (const script of scripts) expect(script, `a script on ${what}`).toContain(`nonce="${nonce}"`);
  return nonce!;
}

test("a public page carries the security headers and a fresh nonce on every request", async ({ request }) => {
  const first = await pageNonce(await request.get("/en/programmes"), "the catalogue");
  const second = await pageNonce(await request.get("/en/programmes"), "the catalogue, again");
  expect(second).not.toBe(first);
  expect(Buffer.from(first, "base64")).toHaveLength(16);
});

test("a signed-in page carries the security headers and a fresh nonce on every request", async ({ page }) => {
  await signIn(page, DEMO.owner, DEMO_PASSWORD);
  const first = await page.request.get("/en/dashboard");
  expect(first.url()).toMatch(/\/en\/dashboard$/);
  const nonces = [await pageNonce(first, "the dashboard"), await pageNonce(await page.request.get("/en/dashboard"), "the dashboard, again")];
  expect(nonces[1]).not.toBe(nonces[0]);
});

test("an error page carries the security headers and a nonce", async ({ request }) => {
  const response = await request.get("/en/no-such-page");
  expect(response.status()).toBe(404);
  const policy = expectSecurityHeaders(response, "the not-found page");
  expect(policy).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
});

test("API routes carry the security headers and a policy under which nothing runs", async ({ request }) => {
  for (const path of ["/api/health", "/api/open/programmes.json", "/api/open/institutions.csv", "/api/trpc/reference.countries"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(expectSecurityHeaders(response, path)).toContain("script-src 'none'");
  }
  // Refusals of the edge too: a write from another origin.
  const refused = await request.post("/api/trpc/account.signOutEverywhere", { headers: { origin: "https://evil.example.org" }, data: {} });
  expect(refused.status()).toBe(403);
  expectSecurityHeaders(refused, "a refused cross-origin write");
});

test("the icon carries the security headers; build scripts and stylesheets are never sniffed, and carry no document policies", async ({ request }) => {
  const html = await (await request.get("/en")).text();
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(stylesheet, "a stylesheet linked from the home page").toBeTruthy();
  expect(script, "a script loaded by the home page").toBeTruthy();
  const icon = await request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(expectSecurityHeaders(icon, "/icon.svg")).toContain("script-src 'none'");
  // A build file is hashed and immutable; a page's policy governs it, not its own (security-headers.mjs).
  // Whether the reader takes Brotli (served precompressed by scripts/serve.mjs) or only gzip (served by Next.js).
  for (const encoding of ["gzip, deflate, br", "gzip"]) {
    for (const path of [stylesheet!, script!]) {
      const response = await request.get(path, { headers: { "accept-encoding": encoding } });
      const what = `${path} (${encoding})`;
      expect(response.status(), what).toBe(200);
      const headers = response.headers();
      expect(headers["content-encoding"], what).toBe(encoding === "gzip" ? "gzip" : "br");
      expect(headers["x-content-type-options"], what).toBe("nosniff");
      expect(headers["content-type"], what).toMatch(path.endsWith(".css") ? /^text\/css/ : /^application\/javascript/);
      expect(headers["cache-control"], what).toBe("public, max-age=31536000, immutable");
      for (const policy of ["content-security-policy", "permissions-policy", "cross-origin-opener-policy", "referrer-policy"]) expect(headers[policy], `${policy} on ${what}`).toBeUndefined();
      expect((await response.body()).length, `${what} decompressed`).toBeGreaterThan(0);
    }
  }
});

/** Serves the real catalogue page with an inline script added, as a stored XSS would. */
async function injectScriptInto(page: Page, path: string): Promise<void> {
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response, body });
  });
  await page.goto(path);
}

test.describe("the CSP guard of the suite", () => {
  test.describe("when a violation is expected", () => {
    test.use({ expectCspViolations: true });

    test("the browser blocks a script injected into a page and the guard reports it", async ({ page, cspWatcher }) => {
      await injectScriptInto(page, "/en/programmes");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
      const violations = await cspWatcher.take();
      expect(violations.map((v) => v.directive)).toContain("script-src-elem");
    });
  });

  test("fails a test whose page breaks the policy", async ({ page }) => {
    test.fail(true, "the guard must fail this test: its page runs into the Content-Security-Policy");
    await injectScriptInto(page, "/en/programmes");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
