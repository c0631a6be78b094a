import { z } from "zod";
import { idSchema } from "../../institutions/schemas";
import { listNotifications, markNotificationsRead } from "../../notifications/list-notifications";
import { myNotificationPreferences } from "../../notifications/my-preferences";
import { updateNotificationPreferencesInput } from "../../notifications/schemas";
import { updateNotificationPreferences } from "../../notifications/update-preferences";
import { createTRPCRouter, protectedProcedure } from "../init";

export const notificationsRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listNotifications(ctx)),
  /** The signed-in person's own email preferences, per group of notifications. */
  preferences: protectedProcedure.query(({ ctx }) => myNotificationPreferences(ctx)),
  updatePreferences: protectedProcedure.input(updateNotificationPreferencesInput).mutation(({ ctx, input }) => updateNotificationPreferences(ctx, input)),
  markRead: protectedProcedure.input(z.object({ id: idSchema.optional() })).mutation(({ ctx, input }) => markNotificationsRead(ctx, input)),
});
