import "../common/zod-browser";
import { z } from "zod";
import { EMAIL_DELIVERIES } from "./email-preferences";

const delivery = z.enum(EMAIL_DELIVERIES, { error: "validation.required" });

/** A person's email delivery for each group of notifications; `version` is the one the form showed (0: never saved). */
export const updateNotificationPreferencesInput = z.object({
  institutions: delivery,
  proposals: delivery,
  participation: delivery,
  agreements: delivery,
  reports: delivery,
  conversations: delivery,
  version: z.number().int().min(0).max(2_147_483_647),
});
export type UpdateNotificationPreferencesInput = z.infer<typeof updateNotificationPreferencesInput>;
