import type { Change } from "../audit/changes";

type User = { objectType: "user" };

/** A person's own account: signing up, in and out, verifying, resetting. */
export type AccountAuditEvents = {
  "user.sign_up": User & { changes: { email: Change<string | null> }; context: object };
  "user.verify_email": User & { changes: { emailVerifiedAt: Change<Date | string | null> }; context: object };
  "user.reset_password": User & { changes: { sessionVersion: Change<number> }; context: object };
  "user.sign_out_everywhere": User & { changes: { sessionVersion: Change<number> }; context: object };
  "auth.sign_in": User & { changes: object; context: { email: string; reason: null } };
  "auth.sign_in_failed": User & { changes: object; context: { email: string; reason: string } };
};
