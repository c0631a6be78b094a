import createNextIntlPlugin from "next-intl/plugin";
import { parseEnv } from "./server/env-schema.mjs";
import { MAX_BODY_BYTES } from "./server/http/limits.mjs";
import { securityHeaders } from "./server/http/security-headers.mjs";

// Fail the build and the server start on bad configuration, naming the variable.
const env = parseEnv(process.env);

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A separate build folder lets several local servers run side by side (e.g. tests and a dev server).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["mysql2", "@node-rs/argon2", "nodemailer"],
  typedRoutes: false,
  experimental: {
    // Next buffers a request body while proxy.ts runs; never more than the app accepts anyway.
    proxyClientMaxBodySize: MAX_BODY_BYTES,
  },
  // Security headers on every response: pages, route handlers, static files, error pages.
  // proxy.ts replaces the Content-Security-Policy of pages with one carrying a per-request nonce.
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ production: env.DEPLOYMENT_ENV === "production" }) }];
  },
};

export default withNextIntl(nextConfig);
