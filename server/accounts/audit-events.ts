import type { SQL } from "drizzle-orm";
import type { Change } from "../audit/changes";

type User = { objectType: "user" };
type SessionsEnded = User & { changes: { sessionVersion: Change<number> } | SQL; context: object };

/** A person's own account: signing up, in and out, verifying, resetting. */
export type AccountAuditEvents = {
  "user.sign_up": User & { changes: { email: Change<string | null> }; context: object };
  /** Somebody tried to sign up with an address that has an account (its owner is told by email). */
  "user.sign_up_refused": User & { changes: object; context: { reason: "email_taken" } };
  "user.verify_email": User & { changes: { emailVerifiedAt: Change<Date | string | null> }; context: object };
  "user.request_verification": User & { changes: object; context: { email: string } };
  "user.request_password_reset": User & { changes: object; context: { email: string } };
  "user.reset_password": SessionsEnded;
  "user.change_password": SessionsEnded;
  /** A confirmation link was asked for a new address (nothing changed yet; an address in use gets no link). */
  "user.request_email_change": User & { changes: object; context: { newEmail: string } };
  /** The link sent to the new address was followed: the address changed and every session ended. */
  "user.change_email": User & { changes: { email: Change<string>; sessionVersion: Change<number> }; context: object };
  /** The account's name or preferred language (the language its emails are written in). */
  "user.update_profile": User & { changes: { name?: Change<string>; locale?: Change<string> }; context: object };
  "user.sign_out_everywhere": SessionsEnded;
  "auth.sign_in": User & { changes: object; context: { email: string; reason: null } };
  "auth.sign_in_failed": User & { changes: object; context: { email: string; reason: string } };
};
