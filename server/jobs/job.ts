// A scheduled job: idempotent (running it twice, or two runs at once, does the work once) and
// bounded per run (what it leaves undone waits for the next run). Jobs run from the scheduled
// route /api/cron/<name> (Vercel Cron, or `npm start`'s in-process scheduler: scripts/start.mjs),
// both on the schedule declared in vercel.json.
import type { Database } from "@/db/client";

export type JobReport = Record<string, number | string | boolean>;

export type Job = {
  name: string;
  /** What it does, for the deploy guide and the logs. */
  description: string;
  run: (db: Database) => Promise<JobReport>;
};
