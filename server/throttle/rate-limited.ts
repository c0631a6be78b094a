import { DomainError } from "../errors";

export type Verdict = { limited: false } | { limited: true; retryAfterSeconds: number };

export const FREE: Verdict = { limited: false };

/** The refusal of a throttled call: RATE_LIMITED, with when to try again (HTTP Retry-After carries the seconds). */
export function rateLimited(retryAfterSeconds: number): DomainError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new DomainError("RATE_LIMITED", { retryAfterSeconds: seconds, retryAfterMinutes: Math.ceil(seconds / 60) });
}

/** Throws RATE_LIMITED when any verdict is limited, with the longest wait. */
export function assertWithinLimits(verdicts: readonly Verdict[]): void {
  const waits = verdicts.flatMap((v) => (v.limited ? [v.retryAfterSeconds] : []));
  if (waits.length) throw rateLimited(Math.max(...waits));
}
