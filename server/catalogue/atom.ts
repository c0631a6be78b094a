// Atom (RFC 4287) documents: every text escaped for XML, every date RFC 3339.

/** Whether XML 1.0 can carry the character at all (no C0 controls but tab, line feed, carriage return; no U+FFFE/U+FFFF). */
const xmlChar = (char: string) => {
  const code = char.codePointAt(0)!;
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
};

/** Text as XML character data or an attribute value. */
export function xmlText(value: string): string {
  return Array.from(value)
    .filter(xmlChar)
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export type AtomEntry = { id: string; title: string; summary: string; author: string; link: string; published: Date; updated: Date };

export function atomFeed(feed: { id: string; title: string; selfLink: string; alternateLink: string; lang: string; updated: Date; entries: AtomEntry[] }): string {
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${xmlText(e.id)}</id>
    <title type="text">${xmlText(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>
    <published>${e.published.toISOString()}</published>
    <updated>${e.updated.toISOString()}</updated>
    <author><name>${xmlText(e.author)}</name></author>
    <summary type="text">${xmlText(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.lang)}">
  <id>${xmlText(feed.id)}</id>
  <title type="text">${xmlText(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfLink)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(feed.alternateLink)}"/>
  <updated>${feed.updated.toISOString()}</updated>
  <generator>Southbridge</generator>
${entries.join("\n")}
</feed>
`;
}
