// Loaded before every integration test file (vitest.config.ts setupFiles): what `next start`
// sets up before it loads any route, so that route handlers called in-process find the
// request scope (AsyncLocalStorage) that headers(), cookies() and after() rely on.
import "next/dist/server/node-environment-baseline.js";
