import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

/** Whether the database answers a trivial query (GET /api/health). */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await getDb().db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
