// Reviewer matching (issue #17): what a reviewer knows and can take on, and their bids on open proposals.
import { boolean, index, int, mysqlEnum, mysqlTable, uniqueIndex } from "drizzle-orm/mysql-core";
import { createdAt, idColumn, jsonText, ref, updatedAt, versionColumn } from "../columns";
import { programmes } from "./programmes";
import { users } from "./users";

const restrict = { onDelete: "restrict" } as const;

/** An inclusive period of calendar days (YYYY-MM-DD). */
export type UnavailablePeriod = { from: string; to: string };

/** One profile per reviewer, edited by the reviewer; read by the matching and by admins. */
export const reviewerProfiles = mysqlTable("reviewer_profiles", {
  userId: ref("user_id")
    .primaryKey()
    .references(() => users.id, restrict),
  /** Sector codes (reference/sectors.csv). */
  sectors: jsonText<string[]>("sectors").notNull(),
  /** Working areas (capacity_building, application, data_governance). */
  workingAreas: jsonText<string[]>("working_areas").notNull(),
  /** ISO 3166-1 alpha-2 codes. */
  countriesKnown: jsonText<string[]>("countries_known").notNull(),
  /** UN M49 region names (reference/countries.csv). */
  regionsKnown: jsonText<string[]>("regions_known").notNull(),
  /** ISO 639-1 codes. */
  languages: jsonText<string[]>("languages").notNull(),
  /** Most open review seats (reviewer or chair) at once. */
  capacity: int("capacity").notNull(),
  unavailable: jsonText<UnavailablePeriod[]>("unavailable").notNull(),
  /** Whether they accept to chair panels. */
  chairEligible: boolean("chair_eligible").notNull().default(true),
  version: versionColumn(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const BID_LEVELS = ["eager", "willing", "not_qualified", "conflict"] as const;
export type BidLevel = (typeof BID_LEVELS)[number];

/** A reviewer's bid on a proposal awaiting its panel; one per reviewer and proposal. `conflict` is binding. */
export const reviewerBids = mysqlTable(
  "reviewer_bids",
  {
    id: idColumn(),
    reviewerUserId: ref("reviewer_user_id")
      .notNull()
      .references(() => users.id, restrict),
    programmeId: ref("programme_id")
      .notNull()
      .references(() => programmes.id, restrict),
    bid: mysqlEnum("bid", BID_LEVELS).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("reviewer_bids_uq").on(t.reviewerUserId, t.programmeId), index("reviewer_bids_programme_idx").on(t.programmeId)],
);
