import { sql } from "drizzle-orm";
import { index, mysqlEnum, mysqlTable, text, uniqueIndex, varchar } from "drizzle-orm/mysql-core";
import { createdAt, idColumn, ref, updatedAt, utc, versionColumn } from "../columns";
import { institutions } from "./institutions";
import { programmes } from "./programmes";
import { users } from "./users";

const restrict = { onDelete: "restrict" } as const;

export const PARTICIPATION_STATUSES = ["pending", "accepted", "declined", "withdrawn", "left"] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];

/** An institution's application to join an open programme, and its participation once accepted. */
export const participations = mysqlTable(
  "participations",
  {
    id: idColumn(),
    programmeId: ref("programme_id").notNull().references(() => programmes.id, restrict),
    institutionId: ref("institution_id").notNull().references(() => institutions.id, restrict),
    status: mysqlEnum("status", PARTICIPATION_STATUSES).notNull(),
    motivation: text("motivation").notNull(),
    contactName: varchar("contact_name", { length: 120 }).notNull(),
    contactEmail: varchar("contact_email", { length: 254 }).notNull(),
    appliedByUserId: ref("applied_by_user_id").notNull().references(() => users.id, restrict),
    decidedByUserId: ref("decided_by_user_id").references(() => users.id, restrict),
    decidedAt: utc("decided_at"),
    /** Why the lead declined, or why the participant left (shown to both sides). */
    reason: text("reason"),
    /** Set while the application is live (pending, accepted): one live application per institution and programme. */
    liveKey: varchar("live_key", { length: 41 }).generatedAlwaysAs(
      sql`(case when status in ('pending','accepted') then concat(programme_id, ':', institution_id) else null end)`,
      { mode: "stored" },
    ),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("participations_programme_idx").on(t.programmeId, t.status),
    index("participations_institution_idx").on(t.institutionId, t.status),
    index("participations_applied_by_idx").on(t.appliedByUserId),
    index("participations_decided_by_idx").on(t.decidedByUserId),
    uniqueIndex("participations_live_uq").on(t.liveKey),
  ],
);
