// Output contracts of the account procedures a visitor can call. Confirming an address and
// resetting a password answer with that account's own email (the token proved it is theirs).
import { z } from "zod";

export const signUpOutput = z.object({ ok: z.boolean() });
export const passwordResetRequestOutput = z.object({ sent: z.boolean() });
/** The address just confirmed or reset, for the sign-in form that follows. */
export const ownEmailOutput = z.object({ email: z.string() });
/** Where the confirmation link of an address change went: the address the user typed (the same answer whether or not it is in use). */
export const emailChangeRequestOutput = z.object({ sent: z.string() });
