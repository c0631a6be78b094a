"use client";
import { useTranslations } from "next-intl";
import { fieldErrorKey, serverErrorOf } from "./server-error";

/**
 * THE mapping from a refused call to text: the domain code (RATE_LIMITED, CONFLICT, …) picks the
 * form-level message in the "errors" namespace; zod field errors carry message keys
 * ("validation.*", "programmes.…") for each field, translated here.
 */
export function useErrorText() {
  const tErrors = useTranslations("errors");
  const t = useTranslations();
  /** A message key (from zod, on either side) as text; anything that is not a key reads as "check this value". */
  const key = (k: string | null | undefined): string | null => (k ? (t.has(k) ? t(k) : tErrors("VALIDATION")) : null);
  return {
    key,
    /** The message for the whole form. */
    message(error: unknown): string | null {
      if (!error) return null;
      const d = serverErrorOf(error);
      // The error's details fill the message's placeholders (e.g. {retryAfterMinutes} of RATE_LIMITED).
      if (d?.domainCode && tErrors.has(d.domainCode)) return tErrors(d.domainCode, d.details ?? undefined);
      if (d?.fieldErrors) return tErrors("VALIDATION");
      if (d?.code && tErrors.has(d.code)) return tErrors(d.code);
      return tErrors("UNKNOWN");
    },
    /** The message for one field, when the server refused its value. */
    field: (error: unknown, name: string): string | null => key(fieldErrorKey(error, name)),
  };
}
