import { createHash } from "node:crypto";

/** Keys are stored hashed: the table never holds an email or client address in clear. */
export const keyHash = (key: string) => createHash("sha256").update(key.trim().toLowerCase()).digest("hex");

/** A timestamp as a MySQL DATETIME(3) literal in UTC, for SQL arithmetic with bound parameters on every driver. */
export const sqlDatetime = (d: Date) => d.toISOString().slice(0, 23).replace("T", " ");
