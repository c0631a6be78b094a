import { index, int, mysqlEnum, mysqlTable, primaryKey, text, uniqueIndex, varchar, char } from "drizzle-orm/mysql-core";
import { createdAt, idColumn, ref, updatedAt, utc, versionColumn } from "../columns";

export const LOCALES = ["en", "fr", "es", "ar", "zh", "ru", "pt"] as const;

/** An account is active, or suspended by an admin (no sign-in, no session, no panel seat) until reinstated. */
export const USER_STATUSES = ["active", "suspended"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const users = mysqlTable(
  "users",
  {
    id: idColumn(),
    email: varchar("email", { length: 254 }).notNull(),
    name: varchar("name", { length: 120 }).notNull(),
    passwordHash: varchar("password_hash", { length: 255 }).notNull(),
    emailVerifiedAt: utc("email_verified_at"),
    locale: mysqlEnum("locale", LOCALES).notNull().default("en"),
    /** Incremented by "sign out everywhere" and password changes: older sessions stop working. */
    sessionVersion: int("session_version").notNull().default(1),
    status: mysqlEnum("status", USER_STATUSES).notNull().default("active"),
    statusReason: text("status_reason"),
    statusChangedAt: utc("status_changed_at"),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_uq").on(t.email)],
);

export const PLATFORM_ROLES = ["reviewer", "admin"] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const platformRoles = mysqlTable(
  "platform_roles",
  {
    userId: ref("user_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    role: mysqlEnum("role", PLATFORM_ROLES).notNull(),
    grantedByUserId: ref("granted_by_user_id").references(() => users.id, { onDelete: "restrict" }),
    grantedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] }), index("platform_roles_granted_by_idx").on(t.grantedByUserId)],
);

export const EMAIL_TOKEN_PURPOSES = ["verify_email", "reset_password", "change_email"] as const;
export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number];

/** One-time tokens sent by email. Only the SHA-256 of the token is stored. */
export const emailTokens = mysqlTable(
  "email_tokens",
  {
    id: idColumn(),
    userId: ref("user_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    purpose: mysqlEnum("purpose", EMAIL_TOKEN_PURPOSES).notNull(),
    tokenHash: char("token_hash", { length: 64 }).notNull(),
    /** A `change_email` token only: the address the account moves to when the link is followed. */
    newEmail: varchar("new_email", { length: 254 }),
    expiresAt: utc("expires_at").notNull(),
    usedAt: utc("used_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("email_tokens_hash_uq").on(t.tokenHash), index("email_tokens_user_idx").on(t.userId)],
);
