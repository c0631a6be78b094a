import { sendDailyDigests } from "../notifications/send-digests";
import type { Job } from "./job";

/** Sends each person who chose a daily digest ONE email with their pending notices, once per UTC day (at most 50 people a run). */
export const notificationDigestsJob: Job = {
  name: "notification-digests",
  description: "Sends each person who chose the daily digest one email listing the notices kept for it, once per UTC day.",
  run: (db) => sendDailyDigests(db, { limit: 50 }),
};
