import "../common/zod-browser";
import { z } from "zod";
import { PLATFORM_ROLES } from "@/db/schema/users";
import { idSchema } from "../institutions/schemas";

export const listUsersInput = z.object({
  q: z.string().trim().max(100).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
});
export const roleChangeInput = z.object({ userId: idSchema, role: z.enum(PLATFORM_ROLES), grant: z.boolean() });
export const userStatusChangeInput = z.object({
  userId: idSchema,
  event: z.enum(["suspend", "reinstate"]),
  version: z.number().int().min(1).max(1_000_000_000),
  reason: z.string().trim().max(2000, { error: "validation.reasonLength" }).optional(),
});
