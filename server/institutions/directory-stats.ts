import { countDistinct, count, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { institutions } from "@/db/schema";

/** Headline figures for the home page: verified institutions and the countries they come from (one query). */
export async function directoryStats(db: Executor): Promise<{ institutions: number; countries: number }> {
  const [row] = await db
    .select({ institutions: count(), countries: countDistinct(institutions.countryCode) })
    .from(institutions)
    .where(eq(institutions.status, "verified"));
  return { institutions: Number(row?.institutions ?? 0), countries: Number(row?.countries ?? 0) };
}
