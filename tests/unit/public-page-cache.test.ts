// The pure halves of the public page cache: which committed changes expire which cached pages,
// and the cache's text form of a view model (Dates survive the trip).
import { describe, expect, it } from "vitest";
import type { AuditEvent } from "../../server/audit/events";
import { decodeView, encodeView } from "../../server/http/json-with-dates";
import { INSTITUTIONS_TAG, PROGRAMMES_TAG, REPORTS_TAG, publicTagsChangedBy } from "../../server/http/public-cache-tags";

const tags = (action: string, context: object = {}) => publicTagsChangedBy({ action, context } as Pick<AuditEvent, "action" | "context">);

describe("publicTagsChangedBy", () => {
  it.each(["programme.publish", "programme.start", "programme.complete", "programme.cancel", "programme.setFlagship"])("%s expires the catalogue and the directory", (action) => {
    expect(tags(action)).toEqual([PROGRAMMES_TAG, INSTITUTIONS_TAG]);
  });

  it("publishing a report expires the transparency pages only", () => {
    expect(tags("report.publish")).toEqual([REPORTS_TAG]);
  });

  it.each(["institution.verify", "institution.suspend", "participation.accept"])("%s expires the directory and the catalogue", (action) => {
    expect(tags(action)).toEqual(expect.arrayContaining([INSTITUTIONS_TAG, PROGRAMMES_TAG]));
  });

  it.each(["programme.create", "programme.submit", "review.submit", "agreement.sign", "account.signIn", "report.create"])("%s is never public: no tag", (action) => {
    expect(tags(action)).toEqual([]);
  });
});

describe("publicTagsChangedBy, discussions", () => {
  it.each(["discussion.start", "discussion.post"])("%s in a public thread expires the catalogue (its programme page shows the questions)", (action) => {
    expect(tags(action, { audience: "public" })).toEqual([PROGRAMMES_TAG]);
  });

  it.each(["parties", "parties_and_reviewers", "panel", "clause"])("a message for the %s audience is never public: no tag", (audience) => {
    expect(tags("discussion.post", { audience })).toEqual([]);
    expect(tags("discussion.start", { audience })).toEqual([]);
  });

  it.each(["discussion.edit", "discussion.hide"])("%s expires the catalogue, whatever the audience", (action) => {
    expect(tags(action, { threadId: "t" })).toEqual([PROGRAMMES_TAG]);
  });
});

describe("encodeView / decodeView", () => {
  it("keeps Dates as Dates, nested and in arrays, and everything else as JSON", () => {
    const view = { at: new Date("2026-07-01T10:00:00Z"), items: [{ publishedAt: new Date("2026-01-02T00:00:00Z"), n: 3 }], name: "x", none: null };
    const back = decodeView<typeof view>(encodeView(view));
    expect(back).toEqual(view);
    expect(back.items[0]!.publishedAt).toBeInstanceOf(Date);
  });
});
