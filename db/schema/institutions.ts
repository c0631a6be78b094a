import { sql } from "drizzle-orm";
import { boolean, char, index, mysqlEnum, mysqlTable, text, uniqueIndex, varchar } from "drizzle-orm/mysql-core";
import { users } from "./users";
import { countries } from "./reference";
import { createdAt, idColumn, jsonText, ref, updatedAt, utc, versionColumn } from "../columns";

export const INSTITUTION_TYPES = [
  "university",
  "research_institute",
  "government_agency",
  "company",
  "ngo",
  "intergovernmental_organisation",
] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export const INSTITUTION_STATUSES = ["pending", "verified", "rejected", "suspended"] as const;
export type InstitutionStatus = (typeof INSTITUTION_STATUSES)[number];

export const institutions = mysqlTable(
  "institutions",
  {
    id: idColumn(),
    name: varchar("name", { length: 200 }).notNull(),
    acronym: varchar("acronym", { length: 32 }),
    countryCode: char("country_code", { length: 2 }).notNull().references(() => countries.iso2, { onDelete: "restrict" }),
    type: mysqlEnum("type", INSTITUTION_TYPES).notNull(),
    website: varchar("website", { length: 255 }).notNull(),
    emailDomains: jsonText<string[]>("email_domains").notNull(),
    description: text("description").notNull(),
    rorId: varchar("ror_id", { length: 9 }),
    status: mysqlEnum("status", INSTITUTION_STATUSES).notNull().default("pending"),
    statusReason: text("status_reason"),
    statusChangedAt: utc("status_changed_at"),
    createdByUserId: ref("created_by_user_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("institutions_country_idx").on(t.countryCode),
    index("institutions_status_type_idx").on(t.status, t.type),
    index("institutions_created_by_idx").on(t.createdByUserId),
    index("institutions_name_idx").on(t.name),
  ],
);

export const MEMBERSHIP_STATUSES = ["requested", "invited", "active", "declined", "removed"] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
export const MEMBERSHIP_ROLES = ["member", "owner"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const memberships = mysqlTable(
  "memberships",
  {
    id: idColumn(),
    institutionId: ref("institution_id").notNull().references(() => institutions.id, { onDelete: "restrict" }),
    userId: ref("user_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    status: mysqlEnum("status", MEMBERSHIP_STATUSES).notNull(),
    role: mysqlEnum("role", MEMBERSHIP_ROLES).notNull().default("member"),
    isSignatory: boolean("is_signatory").notNull().default(false),
    message: text("message"),
    invitedByUserId: ref("invited_by_user_id").references(() => users.id, { onDelete: "restrict" }),
    decidedByUserId: ref("decided_by_user_id").references(() => users.id, { onDelete: "restrict" }),
    decidedAt: utc("decided_at"),
    /** Set while the membership is live (requested, invited, active): one live membership per user and institution. */
    liveKey: varchar("live_key", { length: 41 }).generatedAlwaysAs(
      sql`(case when status in ('requested','invited','active') then concat(institution_id, ':', user_id) else null end)`,
      { mode: "stored" },
    ),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("memberships_institution_idx").on(t.institutionId, t.status),
    index("memberships_user_idx").on(t.userId, t.status),
    index("memberships_invited_by_idx").on(t.invitedByUserId),
    index("memberships_decided_by_idx").on(t.decidedByUserId),
    uniqueIndex("memberships_live_uq").on(t.liveKey),
  ],
);
