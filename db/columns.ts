import { customType, datetime, int, varchar } from "drizzle-orm/mysql-core";
import { ID_LENGTH, newId } from "./ids";

/** Primary key: an unguessable public id (see ids.ts). */
export const idColumn = () => varchar("id", { length: ID_LENGTH }).primaryKey().$defaultFn(newId);

/** A reference to another table's id; always indexed by the table that declares it. */
export const ref = (name: string) => varchar(name, { length: ID_LENGTH });

/** UTC timestamp with milliseconds. drizzle writes and reads these as UTC. */
export const utc = (name: string) => datetime(name, { mode: "date", fsp: 3 });

export const createdAt = () => utc("created_at").notNull().$defaultFn(() => new Date());
export const updatedAt = () =>
  utc("updated_at")
    .notNull()
    .$defaultFn(() => new Date())
    .$onUpdateFn(() => new Date());

/** Optimistic-locking counter: every write checks and increments it. */
export const versionColumn = () => int("version").notNull().default(1);

/**
 * JSON stored as text. MariaDB's JSON is LONGTEXT and comes back as a string while
 * MySQL 8 returns parsed objects; this column type behaves the same on both drivers.
 */
export const jsonText = <T>(name: string) =>
  customType<{ data: T; driverData: string }>({
    dataType: () => "longtext",
    toDriver: (value) => JSON.stringify(value),
    fromDriver: (value) => (typeof value === "string" ? (JSON.parse(value) as T) : (value as T)),
  })(name);

/** Bytes up to 16 MB (MEDIUMBLOB), read as a Uint8Array whatever the driver gives (a Buffer from mysql2). */
export const mediumBytes = (name: string) =>
  customType<{ data: Uint8Array; driverData: Uint8Array }>({
    dataType: () => "mediumblob",
    toDriver: (value) => value,
    fromDriver: (value) => (value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBufferLike)),
  })(name);
