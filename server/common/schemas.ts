// Input rules shared by several workflows and by their forms. Pure zod (no database, no value
// lists), so a client form importing it pulls in nothing else (eslint-rules/architecture.mjs:
// server/*/schemas.ts are the shared modules).
import "./zod-browser";
import { z } from "zod";

/** The reason a consequential action requires (cancel, recuse, suspend, reject): 1–2000 characters, trimmed. */
export const requiredReason = z
  .string({ error: "validation.reasonRequired" })
  .trim()
  .min(1, { error: "validation.reasonRequired" })
  .max(2000, { error: "validation.reasonLength" });

/** The form of one required reason. */
export const reasonInput = z.object({ reason: requiredReason });
