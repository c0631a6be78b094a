import { index, int, mysqlEnum, mysqlTable, text, uniqueIndex, varchar, char } from "drizzle-orm/mysql-core";
import { createdAt, idColumn, jsonText, ref, utc } from "../columns";
import { users } from "./users";

const restrict = { onDelete: "restrict" } as const;

/** The second factors a signature may be made with; `none` when neither the platform nor the signatory asked for one. */
export const SECOND_FACTOR_KINDS = ["totp", "recovery_code", "passkey", "none"] as const;
export type SecondFactorKind = (typeof SECOND_FACTOR_KINDS)[number];

/**
 * A user's authenticator app (TOTP, RFC 6238): at most one per user. The shared secret is
 * stored ENCRYPTED (AES-256-GCM, key derived from the server secret: server/step-up/secret-box.ts)
 * and never returned after enrolment. `confirmed_at` is null until the user proved a first code.
 * `last_step` is the last RFC 6238 time step accepted: a code is never accepted twice.
 */
export const userTotp = mysqlTable("user_totp", {
  userId: ref("user_id").primaryKey().references(() => users.id, restrict),
  secretSealed: varchar("secret_sealed", { length: 255 }).notNull(),
  confirmedAt: utc("confirmed_at"),
  lastStep: int("last_step"),
  createdAt: createdAt(),
});

/** Single-use recovery codes: only their SHA-256 is stored; `used_at` once spent. */
export const userRecoveryCodes = mysqlTable(
  "user_recovery_codes",
  {
    id: idColumn(),
    userId: ref("user_id").notNull().references(() => users.id, restrict),
    codeHash: char("code_hash", { length: 64 }).notNull(),
    usedAt: utc("used_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("user_recovery_codes_hash_uq").on(t.userId, t.codeHash), index("user_recovery_codes_user_idx").on(t.userId)],
);

/** WebAuthn credentials (passkeys): the credential id and COSE public key (base64url), the signature counter, the transports. */
export const userPasskeys = mysqlTable(
  "user_passkeys",
  {
    id: idColumn(),
    userId: ref("user_id").notNull().references(() => users.id, restrict),
    credentialId: varchar("credential_id", { length: 512 }).notNull(),
    publicKey: text("public_key").notNull(),
    counter: int("counter", { unsigned: true }).notNull().default(0),
    transports: jsonText<string[]>("transports").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("user_passkeys_credential_uq").on(t.credentialId), index("user_passkeys_user_idx").on(t.userId)],
);

export const WEBAUTHN_CHALLENGE_PURPOSES = ["register", "sign"] as const;

/**
 * WebAuthn challenges, kept in the database (serverless: no process memory). Each is single-use
 * (`used_at`) and expires after a few minutes.
 */
export const webauthnChallenges = mysqlTable(
  "webauthn_challenges",
  {
    id: idColumn(),
    userId: ref("user_id").notNull().references(() => users.id, restrict),
    purpose: mysqlEnum("purpose", WEBAUTHN_CHALLENGE_PURPOSES).notNull(),
    challenge: varchar("challenge", { length: 128 }).notNull(),
    expiresAt: utc("expires_at").notNull(),
    usedAt: utc("used_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("webauthn_challenges_challenge_uq").on(t.userId, t.challenge), index("webauthn_challenges_user_idx").on(t.userId)],
);
