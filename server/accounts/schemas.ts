import "../common/zod-browser";
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";

export const emailSchema = z.email({ error: "validation.email" }).trim().toLowerCase().max(254, { error: "validation.email" });
export const passwordSchema = z
  .string()
  .min(10, { error: "validation.passwordLength" })
  .max(200, { error: "validation.passwordLength" });

export const signUpInput = z.object({
  name: z.string().trim().min(2, { error: "validation.personName" }).max(120, { error: "validation.personName" }),
  email: emailSchema,
  password: passwordSchema,
  locale: z.enum(LOCALES).default("en"),
});

export const tokenInput = z.object({ token: z.string().min(20).max(200) });
export const requestPasswordResetInput = z.object({ email: emailSchema, locale: z.enum(LOCALES).default("en") });
export const resetPasswordInput = z.object({ token: z.string().min(20).max(200), password: passwordSchema });
export const signInInput = z.object({ email: emailSchema, password: z.string().min(1).max(200) });
export const resendVerificationInput = requestPasswordResetInput;
/** The account's own settings: the name shown to others and the language of its emails. */
export const updateProfileInput = z.object({
  name: z.string().trim().min(2, { error: "validation.personName" }).max(120, { error: "validation.personName" }),
  locale: z.enum(LOCALES),
  version: z.number().int().min(1).max(2_147_483_647),
});
const currentPassword = z.string().min(1, { error: "validation.currentPasswordRequired" }).max(200, { error: "validation.passwordLength" });
export const changePasswordInput = z.object({ currentPassword, newPassword: passwordSchema });
/** The account page's form: the new password typed twice (the server takes `changePasswordInput`). */
export const changePasswordForm = changePasswordInput
  .extend({ confirmPassword: z.string().max(200, { error: "validation.passwordLength" }) })
  .refine((v) => v.newPassword === v.confirmPassword, { error: "validation.passwordMismatch", path: ["confirmPassword"] });
export const requestEmailChangeInput = z.object({ newEmail: emailSchema, currentPassword });
