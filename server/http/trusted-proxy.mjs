// Which request header, if any, tells the client's address: the TRUSTED_PROXY setting.
// Plain JavaScript so that server/env-schema.mjs (imported by next.config.mjs) can validate it.
//
// Forwarding headers are written by whoever sends the request, so a client can claim any
// address in them. Only a reverse proxy in front of the app can vouch for one, and only for the
// header it sets (or the hop it appends). Without a configured proxy no header is believed and
// the client address is unknown.
//
//   none (default)        no forwarding header is trusted
//   vercel                x-vercel-forwarded-for, else x-real-ip (both set by Vercel's edge)
//   cloudflare            cf-connecting-ip (set by Cloudflare)
//   header:<name>         one header that the proxy overwrites with the client address,
//                         e.g. header:x-real-ip behind nginx `proxy_set_header X-Real-IP $remote_addr`
//   forwarded-for:<n>     X-Forwarded-For, as appended to by n trusted proxies: the n-th entry
//                         from the right is the address the outermost trusted proxy saw

/** @typedef {{ kind: "none" } | { kind: "header", headers: string[] } | { kind: "forwarded-for", hops: number }} TrustedProxy */

export const TRUSTED_PROXY_HELP =
  "must be none, vercel, cloudflare, header:<header-name> or forwarded-for:<number of trusted proxies, 1-10>";

/**
 * @param {string | undefined} value
 * @returns {TrustedProxy | null} null when the value is not valid
 */
export function parseTrustedProxy(value) {
  const setting = (value ?? "").trim().toLowerCase();
  if (setting === "" || setting === "none") return { kind: "none" };
  if (setting === "vercel") return { kind: "header", headers: ["x-vercel-forwarded-for", "x-real-ip"] };
  if (setting === "cloudflare") return { kind: "header", headers: ["cf-connecting-ip"] };
  const header = /^header:([a-z0-9][a-z0-9-]{0,63})$/.exec(setting);
  if (header?.[1]) return { kind: "header", headers: [header[1]] };
  const hops = /^forwarded-for:(\d{1,2})$/.exec(setting);
  if (hops?.[1] && Number(hops[1]) >= 1 && Number(hops[1]) <= 10) return { kind: "forwarded-for", hops: Number(hops[1]) };
  return null;
}
