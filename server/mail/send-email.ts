import nodemailer, { type Transporter } from "nodemailer";
import type { Executor } from "@/db/client";
import { outboxEmails } from "@/db/schema";
import { env } from "../env";

export type Email = { to: string; subject: string; text: string };

let transport: Transporter | undefined;

/** Sends through SMTP_URL when configured; otherwise keeps the email in the outbox table (/dev/outbox). */
export async function sendEmail(db: Executor, email: Email): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (SMTP_URL) {
    transport ??= nodemailer.createTransport(SMTP_URL);
    await transport.sendMail({ from: MAIL_FROM, to: email.to, subject: email.subject, text: email.text });
    return;
  }
  await db.insert(outboxEmails).values({ toAddress: email.to, subject: email.subject, textBody: email.text });
}

/** Several emails: one INSERT for the outbox, or one SMTP message each. */
export async function sendEmails(db: Executor, emails: Email[]): Promise<void> {
  if (emails.length === 0) return;
  const { SMTP_URL } = env();
  if (SMTP_URL) {
    await Promise.all(emails.map((e) => sendEmail(db, e)));
    return;
  }
  await db.insert(outboxEmails).values(emails.map((e) => ({ toAddress: e.to, subject: e.subject, textBody: e.text })));
}
