// The signature of a webhook delivery, Stripe/Standard-Webhooks style: HMAC-SHA256 with the
// endpoint's secret over "<timestamp>.<body>", sent as `Southbridge-Signature: t=<unix>,v1=<hex>`.
// The receiver recomputes it, compares in constant time and refuses a timestamp older than a few
// minutes (replay). verifyWebhookSignature is what a receiver written in TypeScript would run.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "Southbridge-Signature";
export const DELIVERY_ID_HEADER = "Southbridge-Delivery";
export const EVENT_HEADER = "Southbridge-Event";
/** How old a signed timestamp a receiver should accept. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

export function signWebhook(secret: string, timestamp: number, body: string): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

export function verifyWebhookSignature(secret: string, header: string | null, body: string, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  const parts = Object.fromEntries((header ?? "").split(",").map((p) => p.split("=", 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !parts.v1 || Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body).split("v1=")[1]!, "hex");
  const given = Buffer.from(parts.v1, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
