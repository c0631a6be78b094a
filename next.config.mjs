import createNextIntlPlugin from "next-intl/plugin";
import { parseEnv } from "./server/env-schema.mjs";
import { MAX_BODY_BYTES } from "./server/http/limits.mjs";
import { BUILD_FILES_PATH, buildFileHeaders, securityHeaders } from "./server/http/security-headers.mjs";

// Fail the build and the server start on bad configuration, naming the variable.
const env = parseEnv(process.env);

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A separate build folder lets several local servers run side by side (e.g. tests and a dev server).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Compression is the transport's: scripts/serve.mjs (Brotli, or gzip) when self-hosted, the
  // platform's edge on Vercel. Next.js's own would only gzip, and would compress twice.
  compress: false,
  serverExternalPackages: ["mysql2", "@node-rs/argon2", "nodemailer"],
  typedRoutes: false,
  experimental: {
    // Next buffers a request body while proxy.ts runs; never more than the app accepts anyway.
    proxyClientMaxBodySize: MAX_BODY_BYTES,
  },
  // Security headers on every response: pages, route handlers, files, error pages. proxy.ts
  // replaces the Content-Security-Policy of pages with one carrying a per-request nonce. The hashed
  // build files get only what a script or stylesheet needs (security-headers.mjs, buildFileHeaders).
  async headers() {
    return [
      { source: "/:path((?!_next/static/).*)", headers: securityHeaders({ production: env.DEPLOYMENT_ENV === "production" }) },
      { source: `${BUILD_FILES_PATH}:path*`, headers: buildFileHeaders() },
    ];
  },
};

export default withNextIntl(nextConfig);
