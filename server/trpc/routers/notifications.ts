import { z } from "zod";
import { idSchema } from "../../institutions/schemas";
import { listNotifications, markNotificationsRead } from "../../notifications/list-notifications";
import { createTRPCRouter, protectedProcedure } from "../init";

export const notificationsRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listNotifications(ctx)),
  markRead: protectedProcedure.input(z.object({ id: idSchema.optional() })).mutation(({ ctx, input }) => markNotificationsRead(ctx, input)),
});
