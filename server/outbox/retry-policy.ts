// When a failed email is tried again, and when the outbox gives up on it (pure).

/** Attempts (claims) after which a row that keeps failing becomes a dead letter, for an admin to retry. */
export const MAX_ATTEMPTS = 8;

/** First retry after one minute, then doubling: 1, 2, 4 … minutes, at most six hours. */
const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 6 * 3_600_000;

/** How long after its `attempts`-th failed attempt a row waits before the next one. */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(BASE_DELAY_MS * 2 ** Math.min(exponent, 20), MAX_DELAY_MS);
}

/** Whether the `attempts`-th failure is the last one allowed. */
export const exhausted = (attempts: number): boolean => attempts >= MAX_ATTEMPTS;
