// The security headers of every response. Plain JavaScript so that next.config.mjs can import it:
// next.config's headers() puts the static ones on every path (pages, route handlers, static
// files, error pages), and proxy.ts replaces the Content-Security-Policy of every page with one
// carrying a fresh nonce, which Next.js reads from the request and puts on its own scripts.

/** Request header through which proxy.ts hands the page's nonce to Server Components. */
export const NONCE_HEADER = "x-nonce";

/**
 * Features no page of Southbridge uses are switched off for it and for anything it embeds;
 * WebAuthn (passkeys) stays available to the site itself.
 */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "bluetooth=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-create=(self)",
  "publickey-credentials-get=(self)",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/**
 * The policy of an HTML page rendered for one request.
 * @param {{ nonce: string, development?: boolean, production?: boolean }} options
 */
export function pageContentSecurityPolicy({ nonce, development = false, production = false }) {
  return [
    "default-src 'self'",
    // Next.js puts the nonce on its inline bootstrap and chunk scripts; 'strict-dynamic' lets
    // those load the chunks they need. `next dev` needs eval for its error overlay.
    `script-src 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Tailwind is one stylesheet from 'self'; React's hoisted <style> elements carry the nonce.
    // `next dev` injects styles from JavaScript without it.
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(production ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * The policy of every other response (JSON, CSV, XML, scripts, stylesheets, images, the static
 * not-found page): nothing may run, nothing may frame it.
 */
export const STATIC_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'none'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

/**
 * Headers for every response; the Content-Security-Policy here is the static one, which proxy.ts
 * replaces on pages.
 * @param {{ production: boolean }} options
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders({ production }) {
  return [
    { key: "Content-Security-Policy", value: STATIC_CONTENT_SECURITY_POLICY },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Only where the site is served over HTTPS for real; two years, subdomains included so that a
    // sibling host cannot be used over plain HTTP to plant cookies.
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/** Where the hashed, immutable build files are served: scripts, stylesheets and the build's own media. */
export const BUILD_FILES_PATH = "/_next/static/";

/**
 * Headers of a build file. The other headers above are policies of documents (and workers): a
 * script or a stylesheet loaded by a page is governed by the page's policy, not its own, so on
 * the ten build files of a first visit they would cost ~6 KB of headers for nothing. What such a
 * file needs is never to be sniffed into another type.
 * @returns {{ key: string, value: string }[]}
 */
export function buildFileHeaders() {
  return [{ key: "X-Content-Type-Options", value: "nosniff" }];
}

/** A nonce for one response: 128 random bits, base64. */
export function newNonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
