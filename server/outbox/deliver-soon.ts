// Opportunistic delivery: after a request that may have queued emails, a small batch is
// delivered off the response's path (Next's `after()`). Nothing depends on it: if the function
// dies first, the rows stay pending and the scheduled job (deliver-outbox) sends them.
import type { Database } from "@/db/client";
import { deliverDue } from "./deliver";
import { configuredTransport } from "./transport";

export async function deliverSoon(db: Database): Promise<void> {
  const transport = configuredTransport();
  if (!transport) return;
  try {
    await deliverDue(db, transport, { batchSize: 10, maxBatches: 1 });
  } catch (error) {
    console.error("opportunistic outbox delivery failed (the scheduled job will retry):", error);
  }
}
