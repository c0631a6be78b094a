import { index, int, mediumtext, mysqlTable, primaryKey, varchar, char } from "drizzle-orm/mysql-core";
import { utc } from "../columns";

/**
 * The stored full open-data dumps (server/open-data/dumps.ts): generated once per change of the
 * public data and served as they are, so a download costs no query work and no memory beyond one
 * chunk. A build writes its chunks under its own `build_id`; the head row (one per dump name and
 * data version) is inserted last, so only complete builds are ever served. Old builds are deleted
 * by the next build. Kept in the database because serverless instances share no disk or memory.
 */
export const openDataDumps = mysqlTable(
  "open_data_dumps",
  {
    name: varchar("name", { length: 40 }).notNull(),
    /** SHA-256 of the data-version stamp the build was made for. */
    version: char("version", { length: 64 }).notNull(),
    buildId: char("build_id", { length: 32 }).notNull(),
    chunks: int("chunks").notNull(),
    bytes: int("bytes").notNull(),
    generatedAt: utc("generated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.name, t.version] }), index("open_data_dumps_generated_idx").on(t.name, t.generatedAt)],
);

/** One piece of a build, in order (`seq` from 0); at most a few hundred kilobytes each. */
export const openDataDumpChunks = mysqlTable(
  "open_data_dump_chunks",
  {
    buildId: char("build_id", { length: 32 }).notNull(),
    seq: int("seq").notNull(),
    body: mediumtext("body").notNull(),
    createdAt: utc("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.buildId, t.seq] }), index("open_data_dump_chunks_created_idx").on(t.createdAt)],
);
