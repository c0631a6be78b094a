// The feeds' formats: iCalendar TEXT escaping and line folding (RFC 5545), Atom's XML escaping
// (RFC 4287), and the "closing soon" window of the catalogue's badge.
import { describe, expect, it } from "vitest";
import { atomFeed, xmlText } from "../../server/catalogue/atom";
import { closesSoon } from "../../server/catalogue/closing-soon";
import { foldLine, icsCalendar, icsText, nextDay } from "../../server/catalogue/ics";

describe("iCalendar text", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(icsText("a\\b; c, d\r\ne\nf")).toBe("a\\\\b\\; c\\, d\\ne\\nf");
  });

  it("folds lines at 75 octets without splitting a UTF-8 character, and unfolds to the same line", () => {
    const line = `SUMMARY:${"é".repeat(30)}${"数据".repeat(40)}${"x".repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("writes a calendar with CRLF only and an exclusive all-day end", () => {
    const body = icsCalendar("Deadlines, all", [
      { uid: "deadline-P1@example.test", day: "2026-12-31", stamp: new Date("2026-01-02T03:04:05Z"), summary: "Due: A; B", description: "x", url: "https://example.test/en/programmes/P1" },
    ]);
    expect(body.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(body.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(body).toContain("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n");
    expect(body).toContain("DTSTAMP:20260102T030405Z");
    expect(body).toContain("SUMMARY:Due: A\\; B");
    expect(body).toContain("X-WR-CALNAME:Deadlines\\, all");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
  });
});

describe("Atom", () => {
  it("escapes markup and drops characters XML cannot carry", () => {
    expect(xmlText(`<b>"Tom" & 'Jerry'</b>\u0001`)).toBe("&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;");
  });

  it("writes a feed whose only tags are Atom's", () => {
    const date = new Date("2026-05-06T07:08:09Z");
    const xml = atomFeed({
      id: "https://example.test/en/programmes/feed.atom",
      title: "New <programmes>",
      selfLink: "https://example.test/en/programmes/feed.atom",
      alternateLink: "https://example.test/en/programmes",
      lang: "en",
      updated: date,
      entries: [{ id: "https://example.test/programmes/P1", title: "</title><script>x</script>", summary: "a & b", author: "Lead & Co", link: "https://example.test/en/programmes/P1?a=1&b=2", published: date, updated: date }],
    });
    const tags = [...xml.matchAll(/<\/?([a-zA-Z?]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(["?xml", "feed", "id", "title", "link", "updated", "generator", "entry", "published", "author", "name", "summary"]));
    expect(xml).toContain("<updated>2026-05-06T07:08:09.000Z</updated>");
    expect(xml).toContain('href="https://example.test/en/programmes/P1?a=1&amp;b=2"');
  });
});

describe("closing soon", () => {
  const today = "2026-03-01";
  it("is an open programme whose deadline is today up to 14 days ahead", () => {
    expect(closesSoon({ status: "open", applicationDeadline: "2026-03-01" }, today)).toBe(true);
    expect(closesSoon({ status: "open", applicationDeadline: "2026-03-15" }, today)).toBe(true);
    expect(closesSoon({ status: "open", applicationDeadline: "2026-03-16" }, today)).toBe(false);
    expect(closesSoon({ status: "open", applicationDeadline: "2026-02-28" }, today)).toBe(false);
    expect(closesSoon({ status: "open", applicationDeadline: null }, today)).toBe(false);
    expect(closesSoon({ status: "active", applicationDeadline: "2026-03-05" }, today)).toBe(false);
  });
});
