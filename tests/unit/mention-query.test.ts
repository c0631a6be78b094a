import { describe, expect, it } from "vitest";
import { insertMention, matchesQuery, mentionQueryAt } from "../../components/discussions/mention-query";

describe("reading an @mention being typed", () => {
  it("finds the @ at the start of the text or after a space, up to the caret", () => {
    expect(mentionQueryAt("@Re", 3)).toEqual({ start: 0, query: "Re" });
    expect(mentionQueryAt("Hello @ana", 10)).toEqual({ start: 6, query: "ana" });
    expect(mentionQueryAt("Hello @", 7)).toEqual({ start: 6, query: "" });
  });

  it("ignores an email address, a line break, a leading space and text after the caret", () => {
    expect(mentionQueryAt("mail a@b.org", 12)).toBeNull();
    expect(mentionQueryAt("@ana\nnext", 9)).toBeNull();
    expect(mentionQueryAt("@ ana", 5)).toBeNull();
    expect(mentionQueryAt("no mention @x", 5)).toBeNull();
  });

  it("replaces the typed query with the chosen label and a space, keeping the text after", () => {
    const at = mentionQueryAt("Ask @rev about it", 8)!;
    expect(insertMention("Ask @rev about it", 8, at, "Reviewer 2")).toEqual({ text: "Ask @Reviewer 2 about it", caret: 16 });
  });

  it("matches labels without regard to case or accents", () => {
    expect(matchesQuery("Évaluateur 2", "eva")).toBe(true);
    expect(matchesQuery("Ana Lima", "LIM")).toBe(true);
    expect(matchesQuery("Ana Lima", "bob")).toBe(false);
  });
});
