// Where delivered emails go. The worker hands each email to a transport with the outbox row's id
// as its idempotency key (the Message-ID over SMTP): a row resent after a crash carries the same
// key, so the receiving side can drop the duplicate.
import { sendEmail, sendsRealEmail } from "../mail/send-email";
import type { Email } from "../mail/render-email";

export type Transport = (email: Email, idempotencyKey: string) => Promise<void>;

/**
 * The configured transport: SMTP when SMTP_URL is set. Without it (development, tests, demo)
 * there is none — emails stay pending in the outbox, readable at /dev/outbox.
 */
export function configuredTransport(): Transport | null {
  return sendsRealEmail() ? sendEmail : null;
}
