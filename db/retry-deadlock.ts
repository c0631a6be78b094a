// One statement that InnoDB may roll back to break a deadlock, run again. A deadlock victim's
// statement did nothing (the server rolled it back whole), so running an autocommit statement
// again is safe; a statement inside a larger transaction is not (the whole transaction was
// rolled back) and must not use this. Part of db/client.ts, which re-exports it.
import { driverErrorCode } from "./driver-results";

const RETRIABLE = new Set(["ER_LOCK_DEADLOCK", "ER_LOCK_WAIT_TIMEOUT"]);

/** Runs `statement`, again up to `attempts - 1` times while the server breaks a deadlock with it. */
export async function retryOnDeadlock<T>(statement: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await statement();
    } catch (error) {
      if (attempt >= attempts || !RETRIABLE.has(driverErrorCode(error) ?? "")) throw error;
      // A short, random pause, so that the two statements do not meet again in step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
    }
  }
}
