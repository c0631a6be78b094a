import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";
import type { Email } from "./templates";

export type { Email } from "./templates";

// stateless-ok: the SMTP client built from SMTP_URL, rebuilt by any new process; holds no message state
let transport: Transporter | undefined;

/** Whether emails really leave the platform (SMTP_URL set); otherwise they stay readable at /dev/outbox. */
export const sendsRealEmail = () => Boolean(env().SMTP_URL);

/**
 * Hands one email to the SMTP server. `messageId` is the outbox row's stable id, so a retry
 * after a crash carries the same Message-ID and receiving servers can drop the duplicate.
 */
export async function sendEmail(email: Email, messageId: string): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) throw new Error("sendEmail: SMTP_URL is not set");
  transport ??= nodemailer.createTransport(SMTP_URL);
  const host = new URL(env().NEXTAUTH_URL).hostname;
  await transport.sendMail({ from: MAIL_FROM, to: email.to, subject: email.subject, text: email.text, messageId: `<${messageId}@${host}>` });
}
