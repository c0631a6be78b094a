// Which receiver URLs may be registered: https only, on a public host name or address — never
// localhost, a private, loopback or link-local address literal (the platform must not be made to
// POST into its own network). A host NAME that resolves to a private address is not caught here
// (docs/SECURITY.md, "Webhooks").
import { isIP } from "node:net";

const PRIVATE_V4 = [/^10\./, /^127\./, /^169\.254\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^0\./, /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./];

export function isAllowedWebhookUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.username || url.password) return false;
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local") || host.endsWith(".internal")) return false;
  const kind = isIP(host);
  if (kind === 4) return !PRIVATE_V4.some((re) => re.test(host));
  if (kind === 6) return !(host === "::1" || host === "::" || /^f[cd]/.test(host) || /^fe[89ab]/.test(host) || host.startsWith("::ffff:"));
  return host.includes(".");
}
