import type { ResponseMetaFn } from "@trpc/server/http";
import { isDomainError } from "../errors";
import type { AppRouter } from "./root";

/**
 * HTTP facts of a tRPC response that the body alone cannot carry: a throttled call (429, from
 * RATE_LIMITED) tells the client when to try again in `Retry-After` (seconds, RFC 9110 §10.2.3).
 */
export const trpcResponseMeta: ResponseMetaFn<AppRouter> = ({ errors }) => {
  const waits = errors.flatMap((e) => {
    const seconds = isDomainError(e.cause) && e.cause.code === "RATE_LIMITED" ? Number(e.cause.details.retryAfterSeconds) : NaN;
    return Number.isFinite(seconds) ? [seconds] : [];
  });
  return waits.length ? { headers: { "Retry-After": String(Math.max(...waits)) } } : {};
};
