// The catalogue's deadline calendar (ICS) and new-programmes feed (Atom) through their real route
// handlers and the database: public programmes only, bounded, escaped, cacheable by ETag; and the
// catalogue's two sorts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as icsRoute from "../../app/[locale]/(public)/programmes/deadlines.ics/route";
import * as atomRoute from "../../app/[locale]/(public)/programmes/feed.atom/route";
import { FEED_LIMIT } from "../../server/catalogue/feeds";
import { catalogueFilters } from "../../server/catalogue/schemas";
import { searchCatalogue } from "../../server/catalogue/search-catalogue";
import { institutionPage } from "../../server/pages/public/institutions";
import { pageContext } from "../../server/pages/page-read";
import { createInstitution, createProgramme, type Programme } from "../factories";
import { openTestDb } from "./support/db";
import { appOrigin, callRoute } from "./support/route-handler";

const handle = openTestDb();
const { db } = handle;
const word = `Zyxquorn${Date.now().toString(36)}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const tricky = `${word} Café, "AI"; <b>&</b>\\ end`;
let soon: Programme, later: Programme, draft: Programme, active: Programme;
let leadId: string;

// Published "in the future" so they are the newest whatever other test files published in this database.
beforeAll(async () => {
  const lead = await createInstitution(db, { name: `Lead & <Partners> ${word}` });
  leadId = lead.id;
  const of = { leadInstitutionId: lead.id, createdByUserId: lead.createdByUserId };
  soon = await createProgramme(db, { ...of, status: "open", title: tricky, applicationDeadline: day(0), publishedAt: new Date(Date.now() + 1 * 86_400_000) });
  later = await createProgramme(db, { ...of, status: "open", title: `${word} later`, applicationDeadline: day(40), publishedAt: new Date(Date.now() + 3 * 86_400_000) });
  active = await createProgramme(db, { ...of, status: "active", title: `${word} active`, applicationDeadline: day(1), publishedAt: new Date(Date.now() + 2 * 86_400_000) });
  draft = await createProgramme(db, { ...of, status: "draft", title: `${word} draft`, applicationDeadline: day(0) });
});

afterAll(async () => {
  await handle.close();
});

/** An anonymous reader's page context. */
const loadViewerless = () => pageContext({ db, viewer: null, meta: { ip: null, userAgent: null, locale: "en" } });

async function get(route: Record<string, unknown>, file: string, locale: string, headers: Record<string, string> = {}) {
  const page = `/[locale]/(public)/programmes/${file}/route`;
  return callRoute(route, { page, params: { locale } }, new Request(`${appOrigin()}/${locale}/programmes/${file}`, { headers }));
}

/** RFC 5545 §3.1: unfold, then the VEVENTs as property maps (name without parameters → value). */
function parseIcs(body: string) {
  const lines = body.replace(/\r\n[ \t]/g, "").split("\r\n");
  const events: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT") {
      events.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(":");
      current[line.slice(0, colon).split(";")[0]!] = line.slice(colon + 1);
    }
  }
  return events;
}

const unescapeIcs = (text: string) => text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
const unescapeXml = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

describe("the deadlines calendar", () => {
  it("lists open programmes' coming deadlines, escaped and folded with CRLF, in the reader's language", async () => {
    const response = await get(icsRoute, "deadlines.ics", "fr");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const body = await response.text();
    expect(body.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(body.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of body.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const events = parseIcs(body);
    expect(events.length).toBeLessThanOrEqual(FEED_LIMIT);
    const mine = events.filter((e) => e.SUMMARY?.includes(word));
    expect(mine.map((e) => e.UID)).toEqual([`deadline-${soon.reference}@${new URL(appOrigin()).host}`, `deadline-${later.reference}@${new URL(appOrigin()).host}`]);
    expect(unescapeIcs(mine[0]!.SUMMARY!)).toBe(`Date limite de candidature\u202f: ${tricky}`);
    expect(mine[0]!.DTSTART).toBe(day(0).replace(/-/g, ""));
    expect(mine[0]!.URL).toBe(`${appOrigin()}/fr/programmes/${soon.reference}`);
    expect(body).not.toContain(draft.reference);
    expect(body).not.toContain(active.reference);
  });

  it("answers 304 to the same ETag, and 404 for an unknown language", async () => {
    const first = await get(icsRoute, "deadlines.ics", "en");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toContain("public");
    const again = await get(icsRoute, "deadlines.ics", "en", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await get(icsRoute, "deadlines.ics", "xx")).status).toBe(404);
  });
});

describe("the new-programmes feed", () => {
  it("lists the latest public programmes newest first, every text escaped", async () => {
    const response = await get(atomRoute, "feed.atom", "es");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    expect(entries.length).toBeLessThanOrEqual(FEED_LIMIT);
    const field = (entry: string, tag: string) => unescapeXml(new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(entry)![1]!);
    const mine = entries.filter((e) => field(e, "title").includes(word));
    expect(mine.map((e) => field(e, "title"))).toEqual([`${word} later`, `${word} active`, tricky]);
    expect(field(mine[2]!, "name")).toBe(`Lead & <Partners> ${word}`);
    // Only Atom's own elements: the programme's "<b>" is text, never markup.
    expect(new Set([...xml.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]))).toEqual(new Set(["feed", "id", "title", "link", "updated", "generator", "entry", "published", "author", "name", "summary"]));
    expect(xml).not.toContain(draft.reference);
    const etag = response.headers.get("etag")!;
    expect((await get(atomRoute, "feed.atom", "es", { "if-none-match": etag })).status).toBe(304);
  });
});

describe("sorting the catalogue", () => {
  const refs = async (sort?: "newest" | "closingSoon") => (await searchCatalogue({ db }, catalogueFilters.parse({ q: word, sort }))).items.map((i) => i.reference);
  it("puts the latest published first (newest), or the nearest deadline still ahead first (closingSoon)", async () => {
    expect(await refs("newest")).toEqual([later.reference, active.reference, soon.reference]);
    expect(await refs("closingSoon")).toEqual([soon.reference, active.reference, later.reference]);
    expect(catalogueFilters.parse({ sort: "oldest" }).sort).toBeUndefined();
  });
});

describe("an institution's public page", () => {
  it("lists the public programmes it leads, newest first, never a draft", async () => {
    const viewer = loadViewerless();
    const { programmes } = await institutionPage.run(viewer, leadId);
    expect(programmes.items.map((i) => i.reference)).toEqual([later.reference, active.reference, soon.reference]);
    expect(programmes.total).toBe(3);
    expect((await institutionPage.run(viewer, leadId, 2)).programmes.items).toEqual([]);
  });
});
