import createNextIntlPlugin from "next-intl/plugin";
import { parseEnv } from "./server/env-schema.mjs";

// Fail the build and the server start on bad configuration, naming the variable.
parseEnv(process.env);

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A separate build folder lets several local servers run side by side (e.g. tests and a dev server).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["mysql2", "@node-rs/argon2", "nodemailer"],
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
