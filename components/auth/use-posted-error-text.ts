"use client";
import { useTranslations } from "next-intl";
import type { Posted } from "./posted";

/** The translated message for a form's `?error=` after a post without JavaScript, or null. */
export function usePostedErrorText(posted: Posted): string | null {
  const t = useTranslations();
  const tErrors = useTranslations("errors");
  const { error, retryAfterSeconds } = posted;
  if (!error) return null;
  if (error.startsWith("validation.") && t.has(error)) return t(error);
  if (tErrors.has(error)) return tErrors(error, { retryAfterSeconds, retryAfterMinutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
  return tErrors("UNKNOWN");
}
