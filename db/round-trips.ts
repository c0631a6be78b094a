// Counting what a request costs the database, for both drivers (db/client.ts wraps mysql2's
// pool and PlanetScale's fetch with `counted`). Tests hold every procedure to a budget with it.

/**
 * `count`: every statement sent (BEGIN and COMMIT included). `sequential`: how many of them
 * had to wait for the previous one — statements sent while another is in flight (Promise.all)
 * share a wave. On PlanetScale each is an HTTP request.
 * `atomicWrites`, `atomicStatements`, `atomicTrips`: the atomic writes made (runAtomic), their
 * statements, and the sequential round trips they took — so that a budget can count each
 * write as what its driver needs (see atomicWriteTrips in db/client.ts).
 */
export type RoundTripCounter = {
  count: number;
  sequential: number;
  inFlight: number;
  atomicWrites: number;
  atomicStatements: number;
  atomicTrips: number;
};

export const newCounter = (): RoundTripCounter => ({ count: 0, sequential: 0, inFlight: 0, atomicWrites: 0, atomicStatements: 0, atomicTrips: 0 });

/** Wraps one driver call so the counter sees when it starts and ends. */
export function counted<T>(counter: RoundTripCounter, call: () => T): T {
  counter.count++;
  if (counter.inFlight === 0) counter.sequential++;
  counter.inFlight++;
  const done = () => {
    counter.inFlight--;
  };
  const result = call();
  if (result instanceof Promise) return result.finally(done) as T;
  // mysql2's callback-style query returns an emitter; count it as settled on end/error.
  const emitter = result as unknown as { once?: (event: string, fn: () => void) => void };
  if (emitter?.once) {
    let settled = false;
    const settle = () => {
      if (!settled) {
        settled = true;
        done();
      }
    };
    emitter.once("end", settle);
    emitter.once("error", settle);
  } else done();
  return result;
}

/** Records one atomic write of `statements` statements around its execution. */
export async function countedAtomicWrite(counter: RoundTripCounter, statements: number, write: () => Promise<void>): Promise<void> {
  const before = counter.sequential;
  try {
    await write();
  } finally {
    counter.atomicWrites++;
    counter.atomicStatements += statements;
    counter.atomicTrips += counter.sequential - before;
  }
}
