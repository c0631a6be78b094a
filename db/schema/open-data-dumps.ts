import { index, int, mysqlTable, primaryKey, varchar, char } from "drizzle-orm/mysql-core";
import { mediumBytes, utc } from "../columns";

/**
 * The stored full open-data dumps (server/open-data/dumps.ts): generated once per change of the
 * public data and served as they are, so a download costs no query work and no memory beyond one
 * chunk. A build is stored gzip-compressed, served as it is to readers that accept gzip (nearly all). A build writes its chunks under its own `build_id`; the head row (one per dump name and
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
    /** The dump's size as served without compression. */
    bytes: int("bytes").notNull(),
    /** Its size as stored: one gzip stream cut into the chunks. */
    storedBytes: int("stored_bytes").notNull().default(0),
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
    /** The next slice of the build's gzip stream (cut anywhere: only the whole stream decompresses). */
    body: mediumBytes("body").notNull(),
    createdAt: utc("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.buildId, t.seq] }), index("open_data_dump_chunks_created_idx").on(t.createdAt)],
);
