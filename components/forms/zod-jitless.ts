// Imported FIRST by the client modules that parse with zod, before any schema is built: zod runs
// its interpreter in the browser, where the pages' Content-Security-Policy forbids eval (see
// server/common/zod-browser.ts, which every schemas module imports first for the same reason).
import "@/server/common/zod-browser";
