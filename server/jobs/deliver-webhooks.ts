import { deliverWebhooks } from "../webhooks/deliver-webhooks";
import type { Job } from "./job";

/** Sends due webhook deliveries (signed, retried with back-off, dead-lettered after 8 attempts). */
export const deliverWebhooksJob: Job = {
  name: "deliver-webhooks",
  description: "Sends the due webhook deliveries to institutions' receivers, signed with HMAC-SHA256; failures wait and are retried, then dead-lettered.",
  run: async (db) => ({ ...(await deliverWebhooks(db, new Date())) }),
};
