// Validated configuration. Plain JavaScript so that next.config.mjs can import it:
// a bad or missing variable stops `next build` and `next start` with a message naming it.
import { z } from "zod";
import { parseTrustedProxy, TRUSTED_PROXY_HELP } from "./http/trusted-proxy.mjs";
import { parseLogSigningKey } from "./transparency-log/private-key.mjs";

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(z.url().optional())
  .optional();

export const envSchema = z
  .object({
    DATABASE_URL: optionalUrl,
    DATABASE_HOST: z.string().trim().min(1).optional(),
    DATABASE_USERNAME: z.string().trim().min(1).optional(),
    DATABASE_PASSWORD: z.string().min(1).optional(),
    NEXTAUTH_URL: z.url({ message: "must be the public URL of the app, e.g. http://localhost:3000" }),
    NEXTAUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters (openssl rand -base64 32)" }),
    SMTP_URL: optionalUrl,
    MAIL_FROM: z.string().min(3).default("Southbridge <no-reply@southbridge.local>"),
    // Where people write to the platform's administrators (contact, privacy and accessibility pages).
    CONTACT_EMAIL: z.email({ message: "must be an email address, e.g. contact@example.org" }).default("contact@southbridge.local"),
    DEPLOYMENT_ENV: z.enum(["development", "test", "demo", "production"]).default("development"),
    // The platform's IATI organisation identifier (registration agency prefix + id), used as
    // reporting-org in /api/open/iati-activities.xml. Default: the placeholder XX-SOUTHBRIDGE.
    IATI_REPORTING_ORG_REF: z
      .string()
      .trim()
      .regex(/^[A-Z]{2}(-[A-Za-z0-9]+)+$/, { message: "must be an IATI organisation identifier such as XM-DAC-41114 or GB-COH-01234567" })
      .optional(),
    // The reverse proxy whose header tells the client's address (server/http/trusted-proxy.mjs).
    // Unset: no forwarding header is believed and the address is unknown.
    TRUSTED_PROXY: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const proxy = parseTrustedProxy(value);
        if (proxy) return proxy;
        ctx.addIssue({ code: "custom", message: TRUSTED_PROXY_HELP });
        return z.NEVER;
      }),
    // The bearer token of the scheduled route /api/cron/<job> (Vercel Cron sends it; `npm start`
    // makes one when unset). Unset: the route refuses every call.
    CRON_SECRET: z
      .string()
      .transform((v) => (v.trim() === "" ? undefined : v))
      .optional()
      .pipe(z.string().min(32, { message: "must be at least 32 characters (openssl rand -hex 32)" }).optional()),
    // Ed25519 key that signs the transparency log's tree heads (PKCS #8 PEM or base64 DER).
    // Required in production; elsewhere a committed, public development key is used instead.
    TRANSPARENCY_LOG_SIGNING_KEY: z
      .string()
      .transform((v) => (v.trim() === "" ? undefined : v))
      .optional()
      .superRefine((v, ctx) => {
        const key = v === undefined ? undefined : parseLogSigningKey(v);
        if (key instanceof Error) ctx.addIssue({ code: "custom", message: key.message });
      }),
  })
  .superRefine((env, ctx) => {
    const planetscaleParts = [env.DATABASE_HOST, env.DATABASE_USERNAME, env.DATABASE_PASSWORD];
    const somePlanetscale = planetscaleParts.some(Boolean);
    if (somePlanetscale && !planetscaleParts.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_HOST"],
        message: "DATABASE_HOST, DATABASE_USERNAME and DATABASE_PASSWORD must be set together",
      });
    }
    if (!env.DATABASE_URL && !somePlanetscale) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: "is required (mysql://user:password@host:3306/southbridge), or set DATABASE_HOST/USERNAME/PASSWORD for PlanetScale",
      });
    }
    if (env.DEPLOYMENT_ENV === "production" && !env.SMTP_URL) {
      ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "is required in production (emails must really be sent)" });
    }
    if (env.DEPLOYMENT_ENV === "production" && !env.TRANSPARENCY_LOG_SIGNING_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["TRANSPARENCY_LOG_SIGNING_KEY"],
        message: "is required in production (the development key is public): openssl genpkey -algorithm ed25519",
      });
    }
  });

/** @param {Record<string, string | undefined>} source */
export function parseEnv(source) {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}
