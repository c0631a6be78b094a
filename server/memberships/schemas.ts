import "../common/zod-browser";
import { z } from "zod";
import { idSchema, versionSchema } from "../institutions/schemas";

export const requestMembershipInput = z.object({
  institutionId: idSchema,
  message: z.string().trim().max(1000, { error: "validation.messageLength" }).optional(),
});

export const inviteMemberInput = z.object({
  institutionId: idSchema,
  email: z.email({ error: "validation.email" }).trim().toLowerCase().max(254, { error: "validation.email" }),
});

export const membershipEventInput = z.object({
  membershipId: idSchema,
  event: z.enum(["accept", "decline", "acceptInvitation", "declineInvitation", "remove"]),
  version: versionSchema,
});

export const setMemberRoleInput = z.object({
  membershipId: idSchema,
  role: z.enum(["member", "owner"]),
  version: versionSchema,
});

export const setSignatoryInput = z.object({
  membershipId: idSchema,
  isSignatory: z.boolean(),
  version: versionSchema,
});
