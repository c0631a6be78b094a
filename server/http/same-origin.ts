// Is a state-changing request from the app's own pages? Browsers send `Origin` on every POST
// (fetch and forms alike) and cannot be made to forge it; where it is missing, the Fetch
// Metadata header `Sec-Fetch-Site` says where the request came from. A request with neither is
// not from a browser page of ours and is refused too. Same-site is not enough: a sibling
// subdomain (same site, other origin) is exactly the forgery this check exists for.

/** The origin (scheme://host[:port]) of the configured public URL, e.g. https://southbridge.org. */
export function originOf(publicUrl: string): string {
  return new URL(publicUrl).origin;
}

export function isSameOriginRequest(headers: Headers, publicOrigin: string): boolean {
  const origin = headers.get("origin");
  if (origin !== null) return origin === publicOrigin;
  const site = headers.get("sec-fetch-site");
  return site === "same-origin" || site === "none";
}
