import { describe, expect, it } from "vitest";
import ar from "../../messages/ar/email.json" with { type: "json" };
import en from "../../messages/en/email.json" with { type: "json" };
import { DIGEST_LINES, digestText, type DigestItem } from "../../server/notifications/digest-text";

const BASE = "https://southbridge.example";
const item = (n: number): DigestItem => ({ kind: "discussionMessage", params: { subject: `Topic ${n}`, reference: "SB-1", title: "T" }, path: `/discussions/t${n}` });

describe("the text of a daily digest", () => {
  it("lists each item's subject and its link in the recipient's language", () => {
    const text = digestText(en, "en", [item(1), { kind: "reportPublished", params: { title: "Annual report" }, path: "/transparency" }], BASE);
    expect(text).toBe(`• New message: Topic 1\n  ${BASE}/en/discussions/t1\n• Transparency report published: Annual report\n  ${BASE}/en/transparency`);
  });

  it(`shows at most ${DIGEST_LINES} items, then how many more wait`, () => {
    const text = digestText(en, "en", Array.from({ length: DIGEST_LINES + 3 }, (_, i) => item(i)), BASE);
    expect(text.split("\n").filter((line) => line.startsWith("• "))).toHaveLength(DIGEST_LINES);
    expect(text.endsWith("… and 3 more in your notifications")).toBe(true);
    expect(digestText(en, "en", Array.from({ length: DIGEST_LINES }, (_, i) => item(i)), BASE)).not.toContain("more in your notifications");
  });

  it("is written in Arabic for an Arabic reader, links included", () => {
    const text = digestText(ar, "ar", [item(1)], BASE);
    expect(text).toContain(`${BASE}/ar/discussions/t1`);
    expect(text).not.toContain("New message");
  });
});
