import { defineConfig, devices } from "@playwright/test";
import { E2E_BASE_URL, E2E_PORT, TEST_APP_ENV } from "./scripts/lib/env.mjs";

// End-to-end tests run against a production build (`next build`, made by npm test) served on
// port 3100 with the southbridge_e2e database, which npm test drops, migrates and seeds first.
// Playwright never downloads browsers here: it drives the system Chromium.
const databaseUrl = process.env.E2E_DATABASE_URL || "mysql://root@127.0.0.1:3306/southbridge_e2e";

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.e2e.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  outputDir: "test-results",
  use: {
    baseURL: E2E_BASE_URL,
    trace: "off",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    // The self-hosted production server (`next start` with Brotli), as `npm start` runs it.
    command: `"${process.execPath}" scripts/serve.mjs -p ${E2E_PORT}`,
    url: `${E2E_BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      ...TEST_APP_ENV,
      DATABASE_URL: databaseUrl,
    },
  },
});
