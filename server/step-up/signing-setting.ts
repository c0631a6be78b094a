import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { platformSettings } from "@/db/schema";

/** The platform setting: whether every signature needs a second factor. */
export const SIGNING_STEP_UP_KEY = "signing_requires_second_factor";

export async function signingRequiresSecondFactor(db: Executor): Promise<boolean> {
  const [row] = await db.select({ value: platformSettings.value }).from(platformSettings).where(eq(platformSettings.key, SIGNING_STEP_UP_KEY)).limit(1);
  return row?.value === true;
}
