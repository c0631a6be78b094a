import { TRPCClientError } from "@trpc/client";

/** What the server's error formatter adds to a refused call (server/trpc/init.ts). */
export type ServerErrorData = {
  domainCode?: string | null;
  details?: Record<string, string | number> | null;
  fieldErrors?: Record<string, string[] | undefined> | null;
  code?: string;
};

/** The formatter's data of a failed procedure call, or undefined for anything else. */
export const serverErrorOf = (error: unknown): ServerErrorData | undefined =>
  error instanceof TRPCClientError ? (error.data as ServerErrorData | undefined) : undefined;

/** The domain error code of a failed procedure call (e.g. "ALREADY_EXISTS"), if any. */
export const domainCodeOf = (error: unknown): string | null => serverErrorOf(error)?.domainCode ?? null;

/** The first message key the server gave for one input field, if it refused that field. */
export const fieldErrorKey = (error: unknown, field: string): string | null => serverErrorOf(error)?.fieldErrors?.[field]?.[0] ?? null;

/** Whether the server refused the value of one input field. */
export const hasFieldError = (error: unknown, field: string): boolean => fieldErrorKey(error, field) !== null;

/** A link token that is unknown, used, expired or malformed. */
export const isInvalidToken = (error: unknown): boolean => domainCodeOf(error) === "INVALID_TOKEN" || hasFieldError(error, "token");

/** The fields the server refused, in the order given (unknown fields last). */
export function refusedFields(error: unknown, order: readonly string[] = []): string[] {
  const fields = serverErrorOf(error)?.fieldErrors;
  if (!fields) return [];
  const rank = (f: string) => (order.includes(f) ? order.indexOf(f) : order.length);
  return Object.keys(fields)
    .filter((f) => fields[f]?.length)
    .sort((a, b) => rank(a) - rank(b));
}
