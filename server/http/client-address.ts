// The client's IP address, read only where the configured trusted proxy put it (TRUSTED_PROXY,
// see trusted-proxy.mjs). Used for the audit log's `ip` and for throttling by address.
// Anything that is not one valid IPv4 or IPv6 address gives null: unknown, never a guess.
import { isIP } from "node:net";
import type { TrustedProxy } from "./trusted-proxy.mjs";

/** Longest header value considered: an X-Forwarded-For of 10 trusted hops fits easily. */
const MAX_HEADER_LENGTH = 2048;

/**
 * One address in canonical form, or null: brackets and a port are removed ("[2001:db8::1]:443",
 * "203.0.113.7:51000"), IPv6 is lowercased, an IPv4-mapped IPv6 address becomes IPv4 and a zone
 * index ("fe80::1%eth0") is refused.
 */
export function normalizeAddress(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(value);
  const withPort = /^([\d.]+):(\d{1,5})$/.exec(value);
  const port = bracketed?.[2] ?? withPort?.[2];
  if (port !== undefined && Number(port) > 65535) return null;
  if (bracketed?.[1]) value = bracketed[1];
  else if (withPort?.[1]) value = withPort[1];
  const version = isIP(value);
  if (version === 4) return value;
  if (version !== 6 || value.includes("%")) return null;
  const lower = value.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  return mapped?.[1] && isIP(mapped[1]) === 4 ? mapped[1] : lower;
}

type HeaderSource = Pick<Headers, "get">;

/** The client address according to the trusted proxy, or null when there is none or it is unusable. */
export function clientAddress(headers: HeaderSource, proxy: TrustedProxy): string | null {
  switch (proxy.kind) {
    case "none":
      return null;
    case "header": {
      for (const name of proxy.headers) {
        const value = headers.get(name);
        if (value !== null && value.length <= MAX_HEADER_LENGTH) return normalizeAddress(value);
      }
      return null;
    }
    case "forwarded-for": {
      const value = headers.get("x-forwarded-for");
      if (value === null || value.length > MAX_HEADER_LENGTH) return null;
      const hops = value.split(",");
      // Each trusted proxy appended the address it saw; entries further left came from the client.
      const seenByOutermostProxy = hops[hops.length - proxy.hops];
      return hops.length >= proxy.hops && seenByOutermostProxy !== undefined ? normalizeAddress(seenByOutermostProxy) : null;
    }
  }
}
