// Keyset paging of the open-data lists (programmes.json / programmes.csv): the cursor is the
// last reference of the previous page, base64url-encoded and opaque to clients. A page never
// shifts when programmes are added before it (no OFFSET), and each page reads its rows in
// chunks, so neither a page nor a full dump ever holds more than one chunk in memory.
import { and, asc, gt, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { programmes } from "@/db/schema";
import { CATALOGUE_STATUSES } from "../catalogue/facets";
import { listOpenProgrammes, type OpenProgramme, type ReferenceRange } from "../catalogue/open-data";

/** Rows per page when `limit` is not given, and the most a client may ask for. Documented in README.md. */
export const OPEN_PAGE_SIZE = 500;
export const OPEN_PAGE_MAX = 1000;
/** Rows fetched per query while streaming a page or building a dump. */
export const OPEN_CHUNK_ROWS = 250;

const REFERENCE = /^[A-Za-z0-9-]{1,16}$/;

export const encodeCursor = (reference: string) => Buffer.from(reference, "utf8").toString("base64url");

/** The reference inside a cursor, or null when it is not one we could have written. */
export function decodeCursor(cursor: string): string | null {
  if (cursor.length === 0 || cursor.length > 24 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const reference = Buffer.from(cursor, "base64url").toString("utf8");
  return REFERENCE.test(reference) && encodeCursor(reference) === cursor ? reference : null;
}

export type PageQuery = { after: string | null; limit: number };

/** `?cursor=&limit=` of a request, or null when either is malformed or out of bounds (→ 400). */
export function parsePageQuery(url: URL): PageQuery | null {
  const known = new Set(["cursor", "limit"]);
  for (const key of url.searchParams.keys()) if (!known.has(key)) return null;
  if (url.searchParams.getAll("cursor").length > 1 || url.searchParams.getAll("limit").length > 1) return null;
  const rawCursor = url.searchParams.get("cursor");
  const rawLimit = url.searchParams.get("limit");
  const after = rawCursor === null ? null : decodeCursor(rawCursor);
  if (rawCursor !== null && after === null) return null;
  if (rawLimit !== null && !/^[1-9][0-9]{0,3}$/.test(rawLimit)) return null;
  const limit = rawLimit === null ? OPEN_PAGE_SIZE : Number(rawLimit);
  if (limit > OPEN_PAGE_MAX) return null;
  return { after, limit };
}

/**
 * Where a page ends: one index read of the page's last reference and the one after it.
 * `through` bounds the page (null: the page reaches the end), `next` is the cursor of the next page.
 */
export async function pageBounds(db: Executor, query: PageQuery): Promise<{ through: string | null; next: string | null }> {
  const rows = await pageBoundsQuery(db, query);
  if (rows.length === 0) return { through: null, next: null };
  const through = rows[0]!.reference;
  return { through, next: rows.length === 2 ? encodeCursor(through) : null };
}

/** The page's last reference and the next one: an index-only range of programmes_reference_uq (EXPLAINed in catalogue-plan test). */
export function pageBoundsQuery(db: Executor, query: PageQuery) {
  return db
    .select({ reference: programmes.reference })
    .from(programmes)
    .where(and(inArray(programmes.status, [...CATALOGUE_STATUSES]), query.after ? gt(programmes.reference, query.after) : undefined))
    .orderBy(asc(programmes.reference))
    .limit(2)
    .offset(query.limit - 1);
}

/** Public programmes of a range in chunks of `OPEN_CHUNK_ROWS`, each chunk one keyset read. */
export async function* openProgrammeChunks(db: Executor, range: ReferenceRange = {}): AsyncGenerator<OpenProgramme[]> {
  let after = range.after ?? null;
  let left = range.limit ?? Number.POSITIVE_INFINITY;
  while (left > 0) {
    const chunk = await listOpenProgrammes(db, { after, through: range.through, limit: Math.min(OPEN_CHUNK_ROWS, left) });
    if (chunk.length === 0) return;
    yield chunk;
    left -= chunk.length;
    if (chunk.length < OPEN_CHUNK_ROWS) return;
    after = chunk.at(-1)!.reference as string;
  }
}
