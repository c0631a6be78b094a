import { deliverDue } from "../outbox/deliver";
import { configuredTransport } from "../outbox/transport";
import type { Job } from "./job";

/** Sends due outbox emails (at most 100 a run); without SMTP_URL they stay at /dev/outbox. */
export const deliverOutboxJob: Job = {
  name: "deliver-outbox",
  description: "Delivers due emails from the outbox (retries with back-off; dead letters after 8 attempts).",
  run: async (db) => {
    const transport = configuredTransport();
    if (!transport) return { skipped: "no transport (SMTP_URL is not set): emails stay readable at /dev/outbox" };
    return deliverDue(db, transport);
  },
};
