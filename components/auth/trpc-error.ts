"use client";
import { TRPCClientError } from "@trpc/client";

type ErrorData = { domainCode?: string | null; fieldErrors?: Record<string, string[] | undefined> | null };

const dataOf = (error: unknown): ErrorData | undefined =>
  error instanceof TRPCClientError ? (error.data as ErrorData | undefined) : undefined;

/** The domain error code of a failed procedure call (e.g. "ALREADY_EXISTS"), if any. */
export function domainCodeOf(error: unknown): string | null {
  return dataOf(error)?.domainCode ?? null;
}

/** Whether the server refused the value of one input field. */
export function hasFieldError(error: unknown, field: string): boolean {
  return Boolean(dataOf(error)?.fieldErrors?.[field]?.length);
}

/** A link token that is unknown, used, expired or malformed. */
export function isInvalidToken(error: unknown): boolean {
  return domainCodeOf(error) === "INVALID_TOKEN" || hasFieldError(error, "token");
}
