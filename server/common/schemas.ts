// Input rules shared by several workflows and by their forms. Pure zod (no database, no value
// lists), so a client form importing it pulls in nothing else (eslint-rules/architecture.mjs:
// server/*/schemas.ts are the shared modules).
import { z } from "zod";

// In the browser the Content-Security-Policy forbids eval: zod 4 would probe for it (`new
// Function`) while building the first object schema, and the caught probe is still reported as
// a CSP violation. Forms import their schemas through this module first, so it switches zod to
// its interpreter before any schema exists. The server keeps the compiled fast path.
if (typeof window !== "undefined") z.config({ jitless: true });

/** The reason a consequential action requires (cancel, recuse, suspend, reject): 1–2000 characters, trimmed. */
export const requiredReason = z
  .string({ error: "validation.reasonRequired" })
  .trim()
  .min(1, { error: "validation.reasonRequired" })
  .max(2000, { error: "validation.reasonLength" });

/** The form of one required reason. */
export const reasonInput = z.object({ reason: requiredReason });
