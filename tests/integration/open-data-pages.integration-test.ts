// Open data at volume (issue #14): programmes.json/.csv are keyset pages (cursor stable under
// inserts, rel=next absent on the last page, limit bounds, hostile cursors → 400); the full dumps
// are stored builds served with ETag / Last-Modified / 304 and rebuilt after a publish.
import { gunzipSync } from "node:zlib";
import { eq, gte, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import { openDataDumpChunks, openDataDumps, programmes } from "../../db/schema";
import { GET as programmesCsvDump } from "../../app/api/open/dumps/programmes.csv/route";
import { GET as programmesJsonDump } from "../../app/api/open/dumps/programmes.json/route";
import { GET as iatiXml } from "../../app/api/open/iati-activities.xml/route";
import { GET as programmesCsv } from "../../app/api/open/programmes.csv/route";
import { GET as programmesJson } from "../../app/api/open/programmes.json/route";
import { regenerateOpenDataJob } from "../../server/jobs/regenerate-open-data";
import { newestDump } from "../../server/open-data/dumps";
import { encodeCursor, OPEN_PAGE_MAX, OPEN_PAGE_SIZE } from "../../server/open-data/keyset";
import { addMembership, createInstitution, createProgramme, createUser, type Institution, type User } from "../factories";
import { openTestDb } from "./support/db";
import { allPages, nextLink } from "./support/open-data-pages";
import { callerAs } from "./support/personas";

let handle: DbHandle;
let owner: User;
let lead: Institution;

type Page = { count: number; limit: number; next: string | null; programmes: { reference: string }[] };
const page = async (url: string) => {
  const response = await programmesJson(new Request(url));
  expect(response.status).toBe(200);
  const body = (await response.json()) as Page;
  return { body, link: nextLink(response), refs: body.programmes.map((p) => p.reference) };
};
const publicRefs = async () =>
  (await handle.db.select({ reference: programmes.reference }).from(programmes).where(inArray(programmes.status, ["open", "active", "completed"]))).map((r) => r.reference).sort();

beforeAll(async () => {
  handle = openTestDb();
  owner = await createUser(handle.db);
  lead = await createInstitution(handle.db, { createdByUserId: owner.id });
  await addMembership(handle.db, { institutionId: lead.id, userId: owner.id, role: "owner" });
  for (let i = 0; i < 7; i++) await createProgramme(handle.db, { leadInstitutionId: lead.id, createdByUserId: owner.id, status: "open", publishedAt: new Date() });
});

afterAll(async () => {
  await handle.close();
});

describe("programmes.json pages", () => {
  it("walks every public programme exactly once, in reference order, with rel=next on all pages but the last", async () => {
    const expected = await publicRefs();
    const seen: string[] = [];
    let url: string | null = "http://localhost/api/open/programmes.json?limit=3";
    let pages = 0;
    while (url) {
      const { body, link, refs } = await page(url);
      pages += 1;
      expect(body.count).toBe(refs.length);
      expect(body.next).toBe(link);
      if (link) expect(refs).toHaveLength(3);
      seen.push(...refs);
      url = link;
    }
    expect(seen).toEqual([...seen].sort());
    expect(seen.sort()).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 3));
  });

  it("defaults to the documented page size and has no rel=next on a page that reaches the end", async () => {
    const { body, link } = await page("http://localhost/api/open/programmes.json");
    expect(body.limit).toBe(OPEN_PAGE_SIZE);
    const total = (await publicRefs()).length;
    if (total <= OPEN_PAGE_SIZE) expect(link).toBeNull();
    const last = await programmesJson(new Request(`http://localhost/api/open/programmes.json?limit=${OPEN_PAGE_MAX}&cursor=${encodeCursor((await publicRefs()).at(-2)!)}`));
    expect(last.headers.get("link")).toBeNull();
    expect(((await last.json()) as Page).programmes).toHaveLength(1);
  });

  it("keeps the cursor stable when programmes are inserted before it", async () => {
    const first = await page("http://localhost/api/open/programmes.json?limit=2");
    const before = await page(first.link!);
    // A programme sorting before the cursor (a prefix of its reference sorts before it) is published between two page reads.
    const inserted = await createProgramme(handle.db, { leadInstitutionId: lead.id, createdByUserId: owner.id, status: "open", publishedAt: new Date(), reference: first.refs.at(-1)!.slice(0, -1) });
    const after = await page(first.link!);
    // (Other test files may insert programmes into this range meanwhile; none may be lost or repeated.)
    const cursorRef = first.refs.at(-1)!;
    expect(after.refs.every((r) => r > cursorRef)).toBe(true);
    expect(after.refs[0]! <= before.refs[0]!).toBe(true);
    expect(inserted.reference < cursorRef).toBe(true);
    expect(after.refs).not.toContain(inserted.reference);
  });

  it.each([
    ["a cursor that is not base64url", "cursor=%27%20OR%201%3D1--"],
    ["a cursor of a value no reference has", `cursor=${Buffer.from("x'; drop table programmes;--").toString("base64url")}`],
    ["a cursor far too long", `cursor=${"A".repeat(5000)}`],
    ["an empty cursor", "cursor="],
    ["two cursors", `cursor=${encodeCursor("T-1")}&cursor=${encodeCursor("T-2")}`],
    ["limit 0", "limit=0"],
    ["limit above the maximum", `limit=${OPEN_PAGE_MAX + 1}`],
    ["a negative limit", "limit=-5"],
    ["a fractional limit", "limit=2.5"],
    ["an unknown parameter", "page=2"],
  ])("answers 400 to %s", async (_what, query) => {
    for (const get of [programmesJson, programmesCsv]) {
      const response = await get(new Request(`http://localhost/api/open/programmes.x?${query}`));
      expect(response.status).toBe(400);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("serves the CSV pages with the same records and a header row on each page", async () => {
    const csvPages = await allPages(programmesCsv, "http://localhost/api/open/programmes.csv?limit=4");
    for (const text of csvPages) expect(text.startsWith("reference,title,")).toBe(true);
    const refs = csvPages.flatMap((text) => text.split("\r\n").slice(1).filter(Boolean).map((l) => l.split(",")[0]));
    expect(refs.sort()).toEqual(await publicRefs());
  });

  it("writes compact JSON", async () => {
    const text = await (await programmesJson(new Request("http://localhost/api/open/programmes.json?limit=2"))).text();
    expect(text).not.toMatch(/\n\s/);
  });
});

describe("stored dumps", () => {
  const dumpUrl = "http://localhost/api/open/dumps/programmes.json";

  it("serves the whole list with ETag, Last-Modified and a shared-cache lifetime, and 304 on If-None-Match / If-Modified-Since", async () => {
    const response = await programmesJsonDump(new Request(dumpUrl));
    expect(response.status).toBe(200);
    const etag = response.headers.get("etag")!;
    const lastModified = response.headers.get("last-modified")!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(response.headers.get("cache-control")).toMatch(/public.*s-maxage=\d+/);
    const body = (await response.json()) as Page;
    expect(body.programmes.map((p) => p.reference).sort()).toEqual(await publicRefs());
    expect(body.count).toBe(body.programmes.length);

    const again = await programmesJsonDump(new Request(dumpUrl, { headers: { "If-None-Match": etag } }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await programmesJsonDump(new Request(dumpUrl, { headers: { "If-None-Match": '"other"' } }))).status).toBe(200);
    expect((await programmesJsonDump(new Request(dumpUrl, { headers: { "If-Modified-Since": lastModified } }))).status).toBe(304);
    expect((await programmesJsonDump(new Request(dumpUrl, { headers: { "If-Modified-Since": new Date(Date.parse(lastModified) - 60_000).toUTCString() } }))).status).toBe(200);
  });

  it("builds a dump once per data version: a second download reuses the stored build", async () => {
    await programmesCsvDump(new Request("http://localhost/api/open/dumps/programmes.csv"));
    const builds = await handle.db.select().from(openDataDumps).where(eq(openDataDumps.name, "programmes.csv"));
    await programmesCsvDump(new Request("http://localhost/api/open/dumps/programmes.csv"));
    expect(await handle.db.select().from(openDataDumps).where(eq(openDataDumps.name, "programmes.csv"))).toEqual(builds);
    const report = await regenerateOpenDataJob.run(handle.db);
    expect(report["programmes.csv"]).toBe("current");
  });

  it("is rebuilt after a publish: the job rebuilds it, the new programme is in it and the old ETag no longer matches", async () => {
    await regenerateOpenDataJob.run(handle.db);
    const before = await programmesJsonDump(new Request(dumpUrl));
    const etag = before.headers.get("etag")!;
    const approved = await createProgramme(handle.db, { leadInstitutionId: lead.id, createdByUserId: owner.id, status: "approved" });
    expect(((await before.json()) as Page).programmes.map((p) => p.reference)).not.toContain(approved.reference);

    await (await callerAs(handle.db, owner)).programmes.publish({ programmeId: approved.id, version: approved.version });
    const report = await regenerateOpenDataJob.run(handle.db);
    expect(report["programmes.json"]).toMatch(/^rebuilt/);
    expect(report["iati-activities.xml"]).toMatch(/^rebuilt/);

    const after = await programmesJsonDump(new Request(dumpUrl, { headers: { "If-None-Match": etag } }));
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(((await after.json()) as Page).programmes.map((p) => p.reference)).toContain(approved.reference);
    const xml = await (await iatiXml(new Request("http://localhost/api/open/iati-activities.xml"))).text();
    expect(xml).toContain(approved.reference);
  });

  it("builds once when many downloads ask for a new version at the same time: the others wait for that build", async () => {
    await createProgramme(handle.db, { leadInstitutionId: lead.id, createdByUserId: owner.id, status: "open", publishedAt: new Date() });
    const since = new Date(Date.now() - 1);
    const bodies = await Promise.all(Array.from({ length: 5 }, async () => (await programmesCsvDump(new Request("http://localhost/api/open/dumps/programmes.csv"))).text()));
    expect(new Set(bodies).size).toBe(1);
    const builds = await handle.db.selectDistinct({ buildId: openDataDumpChunks.buildId }).from(openDataDumpChunks).where(gte(openDataDumpChunks.createdAt, since));
    expect(builds).toHaveLength(1);
  });

  it("streams text in every script byte for byte (stored as gzip of its UTF-8, inflated on the way out)", async () => {
    const title = `مدرسة الذكاء الاصطناعي · 人工智能学校 · Escola de IA 🌍 ${Date.now()}`;
    const written = await createProgramme(handle.db, { leadInstitutionId: lead.id, createdByUserId: owner.id, status: "open", publishedAt: new Date(), title });
    const json = (await (await programmesJsonDump(new Request(dumpUrl))).json()) as { programmes: { reference: string; title: string }[] };
    expect(json.programmes.find((p) => p.reference === written.reference)?.title).toBe(title);
    const csv = await (await programmesCsvDump(new Request("http://localhost/api/open/dumps/programmes.csv"))).text();
    expect(csv).toContain(title);
    const xml = await (await iatiXml(new Request("http://localhost/api/open/iati-activities.xml"))).text();
    expect(xml).toContain(written.reference);
    expect(xml).toContain(title);
  });

  it("stores each dump as one gzip stream cut into chunks — a third of the text or less — and serves the text inflated, whatever the reader accepts", async () => {
    for (const [get, url, name] of [
      [programmesJsonDump, dumpUrl, "programmes.json"],
      [programmesCsvDump, "http://localhost/api/open/dumps/programmes.csv", "programmes.csv"],
      [iatiXml, "http://localhost/api/open/iati-activities.xml", "iati-activities.xml"],
    ] as const) {
      const text = await (await get(new Request(url))).text();
      const head = await newestDump(handle.db, name);
      const chunks = await handle.db.select({ body: openDataDumpChunks.body }).from(openDataDumpChunks).where(eq(openDataDumpChunks.buildId, head!.buildId)).orderBy(openDataDumpChunks.seq);
      const stored = Buffer.concat(chunks.map((c) => c.body));
      expect(stored.length).toBe(head!.storedBytes);
      expect(gunzipSync(stored).toString("utf8")).toBe(text);
      expect(head!.storedBytes).toBeLessThan(head!.bytes / 3);
      expect(Buffer.byteLength(text)).toBe(head!.bytes);
      // The transport compresses for the reader: a handler's Content-Encoding would be dropped by Next.js.
      const asked = await get(new Request(url, { headers: { "Accept-Encoding": "gzip, br" } }));
      expect(asked.headers.get("content-encoding")).toBeNull();
      expect(await asked.text()).toBe(text);
    }
  });

  it("stores a dump in chunks and streams them back in order", async () => {
    const response = await programmesJsonDump(new Request(dumpUrl));
    const head = await newestDump(handle.db, "programmes.json");
    const chunks = await handle.db.select({ seq: openDataDumpChunks.seq }).from(openDataDumpChunks).where(eq(openDataDumpChunks.buildId, head!.buildId));
    expect(chunks.map((c) => c.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: head!.chunks }, (_, i) => i));
    expect(Number(response.headers.get("content-length"))).toBe(head!.bytes);
    expect(new TextEncoder().encode(await response.text()).length).toBe(head!.bytes);
  });
});
