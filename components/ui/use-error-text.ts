"use client";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import type { AppRouter } from "@/server/trpc/root";

type ErrorData = { domainCode?: string | null; details?: Record<string, string | number> | null; fieldErrors?: Record<string, string[] | undefined> | null; code?: string };

/**
 * Turns a tRPC error into translated text: the domain code picks the message in the "errors"
 * namespace; zod field errors carry "validation.*" keys for each field.
 */
export function useErrorText() {
  const tErrors = useTranslations("errors");
  const t = useTranslations();
  const data = (error: unknown): ErrorData | undefined =>
    error instanceof TRPCClientError ? ((error as TRPCClientError<AppRouter>).data as ErrorData | undefined) : undefined;
  return {
    /** The message for the whole form. */
    message(error: unknown): string | null {
      if (!error) return null;
      const d = data(error);
      // The error's details fill the message's placeholders (e.g. {retryAfterMinutes} of RATE_LIMITED).
      if (d?.domainCode && tErrors.has(d.domainCode)) return tErrors(d.domainCode, d.details ?? undefined);
      if (d?.fieldErrors) return tErrors("VALIDATION");
      if (d?.code && tErrors.has(d.code)) return tErrors(d.code);
      return tErrors("UNKNOWN");
    },
    /** The message for one field, when the server refused its value. */
    field(error: unknown, name: string): string | null {
      const key = data(error)?.fieldErrors?.[name]?.[0];
      if (!key) return null;
      return t.has(key) ? t(key) : tErrors("VALIDATION");
    },
  };
}
