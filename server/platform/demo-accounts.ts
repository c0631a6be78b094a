import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { platformSettings } from "@/db/schema";
import { env } from "../env";

export type DemoAccount = { email: string; name: string; roleLabelKey: string };
type DemoSetting = { loaded?: boolean; accounts?: DemoAccount[] };

/** Whether demo data is loaded (the seed records it). Never true in production. */
export async function demoData(db: Executor): Promise<{ loaded: boolean; accounts: DemoAccount[]; password: string | null }> {
  if (env().DEPLOYMENT_ENV === "production") return { loaded: false, accounts: [], password: null };
  const [row] = await db.select().from(platformSettings).where(eq(platformSettings.key, "demo_data")).limit(1);
  const value = (row?.value ?? {}) as DemoSetting & { password?: string };
  if (!value.loaded) return { loaded: false, accounts: [], password: null };
  return { loaded: true, accounts: value.accounts ?? [], password: value.password ?? null };
}
