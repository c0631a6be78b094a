import { boolean, char, date, decimal, index, int, mysqlEnum, mysqlTable, mediumtext, text, uniqueIndex, varchar } from "drizzle-orm/mysql-core";
import { sql } from "drizzle-orm";
import { createdAt, idColumn, jsonText, ref, updatedAt, utc, versionColumn } from "../columns";
import { institutions } from "./institutions";
import { countries, mechanisms } from "./reference";
import { users } from "./users";

export const PROGRAMME_STATUSES = [
  "draft",
  "submitted",
  "under_review",
  "changes_requested",
  "approved",
  "rejected",
  "withdrawn",
  "open",
  "active",
  "completed",
  "cancelled",
] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const WORKING_AREAS = ["capacity_building", "application", "data_governance"] as const;
export type WorkingArea = (typeof WORKING_AREAS)[number];

export const PROGRAMME_FORMATS = [
  "training",
  "scholarship",
  "joint_lab",
  "pilot",
  "knowledge_exchange",
  "data_infrastructure",
  "standards",
] as const;
export type ProgrammeFormat = (typeof PROGRAMME_FORMATS)[number];

export const FUNDING_SIDES = ["lead", "partners", "external"] as const;
export type FundingSide = (typeof FUNDING_SIDES)[number];
export type FundingSource = { name: string; side: FundingSide; amount: number };

export const OUTCOME_METRICS = ["people_trained", "institutions_reached", "models_delivered", "datasets_delivered", "other"] as const;
export type OutcomeMetric = (typeof OUTCOME_METRICS)[number];
export type OutcomeTarget = { metric: OutcomeMetric; target: number; description: string };
/** The lead's closing report: each expected outcome's target beside what was achieved. */
export type OutcomeReport = { results: (OutcomeTarget & { achieved: number })[]; narrative: string };

const restrict = { onDelete: "restrict" } as const;

/** A proposal is a programme before approval; the row always holds the latest (editable) text. */
export const programmes = mysqlTable(
  "programmes",
  {
    id: idColumn(),
    reference: varchar("reference", { length: 16 }).notNull(),
    leadInstitutionId: ref("lead_institution_id").notNull().references(() => institutions.id, restrict),
    createdByUserId: ref("created_by_user_id").notNull().references(() => users.id, restrict),
    status: mysqlEnum("status", PROGRAMME_STATUSES).notNull(),
    title: varchar("title", { length: 200 }).notNull(),
    summary: text("summary").notNull(),
    description: mediumtext("description").notNull(),
    workingArea: mysqlEnum("working_area", WORKING_AREAS),
    format: mysqlEnum("format", PROGRAMME_FORMATS),
    sectors: jsonText<string[]>("sectors").notNull(),
    mechanismCode: varchar("mechanism_code", { length: 32 }).references(() => mechanisms.code, restrict),
    coLeadInstitutionIds: jsonText<string[]>("co_lead_institution_ids").notNull(),
    hubCountry: char("hub_country", { length: 2 }).references(() => countries.iso2, restrict),
    spilloverCountries: jsonText<string[]>("spillover_countries").notNull(),
    startDate: date("start_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    applicationDeadline: date("application_deadline", { mode: "string" }),
    budgetAmount: decimal("budget_amount", { precision: 14, scale: 2, mode: "number" }),
    budgetCurrency: char("budget_currency", { length: 3 }),
    fundingSources: jsonText<FundingSource[]>("funding_sources").notNull(),
    capacity: int("capacity"),
    languages: jsonText<string[]>("languages").notNull(),
    outcomes: jsonText<OutcomeTarget[]>("outcomes").notNull(),
    involvesDataSharing: boolean("involves_data_sharing").notNull().default(false),
    isFlagship: boolean("is_flagship").notNull().default(false),
    /** Number of the last frozen revision (0 while never submitted). */
    currentRevision: int("current_revision").notNull().default(0),
    submittedAt: utc("submitted_at"),
    decidedAt: utc("decided_at"),
    /** Accepted participations, kept by the participation workflow: the capacity guard reads this row under its lock. */
    acceptedCount: int("accepted_count").notNull().default(0),
    publishedAt: utc("published_at"),
    /**
     * Whether the public catalogue shows the programme (open, active or completed): stored and
     * indexed, so the catalogue's plan is one index range in its display order, where
     * `status IN (…)` made MariaDB scan every programme and sort them (bench/RESULTS.md).
     */
    isPublic: boolean("is_public").generatedAlwaysAs(sql`(\`status\` in ('open','active','completed'))`, { mode: "stored" }),
    startedAt: utc("started_at"),
    closedAt: utc("closed_at"),
    outcomeReport: jsonText<OutcomeReport>("outcome_report"),
    cancellationReason: text("cancellation_reason"),
    /**
     * Co-authoring (server/programmes/sections.ts): each section of the proposal's text has its
     * own version, so two authors saving different sections never conflict and two saving the
     * same section never overwrite each other silently (the row's `version` still moves on every write).
     */
    basicsVersion: int("basics_version").notNull().default(0),
    scopeVersion: int("scope_version").notNull().default(0),
    scheduleVersion: int("schedule_version").notNull().default(0),
    budgetVersion: int("budget_version").notNull().default(0),
    outcomesVersion: int("outcomes_version").notNull().default(0),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("programmes_reference_uq").on(t.reference),
    index("programmes_lead_idx").on(t.leadInstitutionId, t.status),
    index("programmes_status_idx").on(t.status, t.submittedAt),
    index("programmes_created_by_idx").on(t.createdByUserId),
    index("programmes_mechanism_idx").on(t.mechanismCode),
    index("programmes_hub_idx").on(t.hubCountry),
    index("programmes_catalogue_idx").on(t.status, t.isFlagship, t.publishedAt),
    // The catalogue's order (flagships first, newest first, then by reference) read straight off the index.
    index("programmes_public_idx").on(t.isPublic, sql`${t.isFlagship} desc`, sql`${t.publishedAt} desc`, t.reference),
  ],
);

/** The content of a programme frozen at each submission; reviewers read these. */
export const programmeRevisions = mysqlTable(
  "programme_revisions",
  {
    id: idColumn(),
    programmeId: ref("programme_id").notNull().references(() => programmes.id, restrict),
    number: int("number").notNull(),
    content: jsonText<Record<string, unknown>>("content").notNull(),
    submittedByUserId: ref("submitted_by_user_id").notNull().references(() => users.id, restrict),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("programme_revisions_number_uq").on(t.programmeId, t.number), index("programme_revisions_by_idx").on(t.submittedByUserId)],
);

/** Per-year counters for human references such as PRG-2026-0042. */
export const referenceCounters = mysqlTable("reference_counters", {
  scope: varchar("scope", { length: 16 }).primaryKey(),
  value: int("value").notNull().default(0),
});
