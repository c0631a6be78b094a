// Every scheduled job, by the name its route takes (/api/cron/<name>). Their schedule is in
// vercel.json ("crons"); tests/unit/scheduled-jobs.test.ts keeps the two lists equal.
import { agreementExpiryWarningsJob } from "./agreement-expiry-warnings";
import { anchorAuditHeadJob } from "./anchor-audit-head";
import { deliverOutboxJob } from "./deliver-outbox";
import { deliverWebhooksJob } from "./deliver-webhooks";
import type { Job } from "./job";
import { notificationDigestsJob } from "./notification-digests";
import { regenerateOpenDataJob } from "./regenerate-open-data";

export const JOBS: readonly Job[] = [deliverOutboxJob, deliverWebhooksJob, agreementExpiryWarningsJob, anchorAuditHeadJob, regenerateOpenDataJob, notificationDigestsJob];

export function jobNamed(name: string): Job | undefined {
  return JOBS.find((job) => job.name === name);
}
