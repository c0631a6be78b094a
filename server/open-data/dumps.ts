// Full open-data dumps (programmes JSON and CSV, IATI XML), generated once per change of the
// public data and served from the database as stored chunks of one gzip stream.
//
// Each dump has a data-version stamp: a hash of cheap aggregates (row count, sum of optimistic-lock
// versions, newest updated_at) of the tables its content comes from. Every kernel write bumps
// `version` and `updated_at`, so any change of a published programme, an institution's name or an
// accepted participation changes the stamp. The scheduled job regenerate-open-data builds a dump
// whose stamp has moved; a download that finds no build for the current stamp builds it itself
// (a derived cache, like the throttle buckets: not domain data, no audit event). Builds stream:
// rows are read in keyset chunks and written out chunk by chunk, downloads stream chunk by chunk,
// so memory stays at one chunk whatever the number of programmes.
import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { and, count, desc, eq, gte, lt, max, notInArray, sum } from "drizzle-orm";
import { affectedRows, writeBound, type Database, type Executor } from "@/db/client";
import { institutions, openDataDumpChunks, openDataDumps, participations, programmes } from "@/db/schema";
import { activityXml, loadIatiActivities, reportingOrgRef } from "../reports/iati";
import { iatiActivitiesOut } from "./contracts";
import { openProgrammeChunks, OPEN_CHUNK_ROWS } from "./keyset";
import { programmesCsvDocument, programmesJsonDocument } from "./programme-documents";

/** Bump when the format of a dump changes, so stored builds are replaced. 2: stored gzip-compressed. */
const FORMAT = 2;
/** A stored chunk holds about this many bytes of the gzip stream (1.5–5 MB of text). */
const CHUNK_BYTES = 256 * 1024;
/** Builds older than this (and not the newest) are deleted by the next build. */
const KEEP_OLD_MS = 10 * 60 * 1000;

export const DUMP_NAMES = ["programmes.json", "programmes.csv", "iati-activities.xml"] as const;
export type DumpName = (typeof DUMP_NAMES)[number];

export const DUMP_CONTENT_TYPES: Record<DumpName, string> = {
  "programmes.json": "application/json; charset=utf-8",
  "programmes.csv": "text/csv; charset=utf-8",
  "iati-activities.xml": "application/xml; charset=utf-8",
};

const tableStamp = (table: typeof programmes | typeof institutions | typeof participations) =>
  ({ n: count(), v: sum(table.version), u: max(table.updatedAt) }) as const;

/** The data-version stamp of a dump: one wave of aggregate reads. */
export async function dumpVersion(db: Executor, name: DumpName): Promise<string> {
  type Stamp = { n: number; v: string | null; u: Date | null };
  const reads: Promise<Stamp[]>[] = [db.select(tableStamp(programmes)).from(programmes), db.select(tableStamp(institutions)).from(institutions)];
  if (name === "iati-activities.xml") reads.push(db.select(tableStamp(participations)).from(participations));
  const stamps = (await Promise.all(reads)).map(([r]) => `${r?.n}:${r?.v ?? 0}:${r?.u instanceof Date ? r.u.toISOString() : (r?.u ?? "")}`);
  const extra = name === "iati-activities.xml" ? reportingOrgRef() : "";
  return createHash("sha256").update(`${FORMAT}|${name}|${extra}|${stamps.join("|")}`).digest("hex");
}

async function* iatiXml(db: Executor, generatedAt: Date): AsyncGenerator<string> {
  const orgRef = reportingOrgRef();
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${generatedAt.toISOString()}">\n`;
  let after: string | null = null;
  for (;;) {
    const chunk = iatiActivitiesOut.parse(await loadIatiActivities(db, { after, limit: OPEN_CHUNK_ROWS }));
    for (const activity of chunk) yield `${activityXml(activity, orgRef)}\n`;
    if (chunk.length < OPEN_CHUNK_ROWS) break;
    after = chunk.at(-1)!.reference;
  }
  yield `</iati-activities>\n`;
}

function render(db: Executor, name: DumpName, generatedAt: Date): AsyncGenerator<string> {
  if (name === "programmes.json") return programmesJsonDocument(openProgrammeChunks(db), { generatedAt: generatedAt.toISOString() });
  if (name === "programmes.csv") return programmesCsvDocument(openProgrammeChunks(db));
  return iatiXml(db, generatedAt);
}

/** A stored build: `bytes` as served without compression, `storedBytes` as stored (gzip). */
export type DumpHead = { name: string; version: string; buildId: string; chunks: number; bytes: number; storedBytes: number; generatedAt: Date };

/** The complete build of `name` for `version`, if one is stored (a claim still building has chunks = -1). */
export async function storedDump(db: Executor, name: DumpName, version: string): Promise<DumpHead | undefined> {
  const [head] = await db.select().from(openDataDumps).where(and(eq(openDataDumps.name, name), eq(openDataDumps.version, version))).limit(1);
  return head && head.chunks >= 0 ? head : undefined;
}

/** A claim older than this is taken to belong to a builder that died. */
const CLAIM_TIMEOUT_MS = 120_000;
const WAIT_STEP_MS = 250;

/**
 * Builds `name` for `version` once, however many requests ask at the same time: the first
 * inserts the head row as a claim (chunks = -1) and builds; the others wait for it to complete.
 * Chunks are written first, the head completed last, then old builds go.
 */
export async function buildDump(db: Database, name: DumpName, version: string): Promise<DumpHead> {
  for (;;) {
    const buildId = randomBytes(16).toString("hex");
    const claimed = affectedRows(await db.insert(openDataDumps).ignore().values({ name, version, buildId, chunks: -1, bytes: 0, generatedAt: new Date() })) === 1;
    if (claimed) return build(db, name, version, buildId);
    const deadline = Date.now() + CLAIM_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const [head] = await db.select().from(openDataDumps).where(and(eq(openDataDumps.name, name), eq(openDataDumps.version, version))).limit(1);
      if (!head) break; // the claim was dropped: claim again
      if (head.chunks >= 0) return head;
      if (Date.now() - head.generatedAt.getTime() > CLAIM_TIMEOUT_MS) {
        await db.delete(openDataDumps).where(and(eq(openDataDumps.name, name), eq(openDataDumps.version, version), eq(openDataDumps.buildId, head.buildId), eq(openDataDumps.chunks, -1)));
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    }
  }
}

async function build(db: Database, name: DumpName, version: string, buildId: string): Promise<DumpHead> {
  const generatedAt = new Date();
  let seq = 0;
  let storedBytes = 0;
  // The chunk being filled with the gzip stream's output.
  let pieces: Buffer[] = [];
  let size = 0;
  const flush = async () => {
    const body = Buffer.concat(pieces, size);
    // Bound, not formatted into the SQL: the chunk is the one large value the build writes (db/client.ts).
    await writeBound(db, db.insert(openDataDumpChunks).values({ buildId, seq, body, createdAt: new Date() }));
    seq += 1;
    storedBytes += size;
    pieces = [];
    size = 0;
  };
  // One gzip stream for the whole dump (it takes the text as UTF-8 and counts its bytes), cut into
  // chunks of about CHUNK_BYTES wherever they fall.
  const gzip = createGzip({ level: 6 });
  try {
    await pipeline(Readable.from(render(db, name, generatedAt)), gzip, async (gzipped: AsyncIterable<Buffer>) => {
      for await (const out of gzipped) {
        pieces.push(out);
        size += out.length;
        if (size >= CHUNK_BYTES) await flush();
      }
    });
    if (size > 0 || seq === 0) await flush();
  } catch (error) {
    await db.delete(openDataDumps).where(and(eq(openDataDumps.name, name), eq(openDataDumps.version, version), eq(openDataDumps.buildId, buildId)));
    throw error;
  }
  const bytes = gzip.bytesWritten;
  const head: DumpHead = { name, version, buildId, chunks: seq, bytes, storedBytes, generatedAt };
  await db.update(openDataDumps).set({ chunks: seq, bytes, storedBytes, generatedAt }).where(and(eq(openDataDumps.name, name), eq(openDataDumps.version, version), eq(openDataDumps.buildId, buildId)));
  await pruneDumps(db, name, head);
  return head;
}

/** Deletes the builds of `name` older than the newest by KEEP_OLD_MS (a download still streaming one has had that long), and orphan chunks. */
async function pruneDumps(db: Executor, name: DumpName, newest: DumpHead): Promise<void> {
  const cutoff = new Date(newest.generatedAt.getTime() - KEEP_OLD_MS);
  await db.delete(openDataDumps).where(and(eq(openDataDumps.name, name), lt(openDataDumps.generatedAt, cutoff), gte(openDataDumps.chunks, 0)));
  const live = db.select({ buildId: openDataDumps.buildId }).from(openDataDumps);
  await db.delete(openDataDumpChunks).where(and(lt(openDataDumpChunks.createdAt, new Date(Date.now() - KEEP_OLD_MS)), notInArray(openDataDumpChunks.buildId, live)));
}

/** The build for the data as it is now: the stored one, or a new one. */
export async function currentDump(db: Database, name: DumpName): Promise<DumpHead> {
  const version = await dumpVersion(db, name);
  return (await storedDump(db, name, version)) ?? (await buildDump(db, name, version));
}

/** The newest stored build of `name`, whatever its version (for the job's report). */
export async function newestDump(db: Executor, name: DumpName): Promise<DumpHead | undefined> {
  const [head] = await db.select().from(openDataDumps).where(and(eq(openDataDumps.name, name), gte(openDataDumps.chunks, 0))).orderBy(desc(openDataDumps.generatedAt)).limit(1);
  return head;
}

/**
 * A build as stored — its gzip stream — one chunk read per pull, so a download never holds more
 * than a chunk; dump-http.ts inflates it on the way out.
 */
export function dumpStream(db: Executor, head: DumpHead): ReadableStream<Uint8Array> {
  let seq = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (seq >= head.chunks) return controller.close();
      const [chunk] = await db
        .select({ body: openDataDumpChunks.body })
        .from(openDataDumpChunks)
        .where(and(eq(openDataDumpChunks.buildId, head.buildId), eq(openDataDumpChunks.seq, seq)))
        .limit(1);
      seq += 1;
      if (!chunk) return controller.error(new Error(`open-data dump ${head.name} build ${head.buildId} lost chunk ${seq - 1}`));
      controller.enqueue(chunk.body);
    },
  });
}
