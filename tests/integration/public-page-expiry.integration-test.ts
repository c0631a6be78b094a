// The kernel's after-commit hook, which expires the cached public pages (server/workflow/after-commit.ts,
// server/pages/public-page-cache.ts): it runs once per committed write, after the commit (the
// change is visible to other connections when it runs), with the typed event — and never for a
// refused write. publicTagsChangedBy then names what a visitor would see changed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { programmes } from "../../db/schema";
import type { AuditEvent } from "../../server/audit/events";
import { PROGRAMMES_TAG, publicTagsChangedBy } from "../../server/http/public-cache-tags";
import { cancelProgramme } from "../../server/programmes/cancel-programme";
import { publishProgramme } from "../../server/programmes/publish-programme";
import { onCommitted } from "../../server/workflow/after-commit";
import { createProgramme } from "../factories";
import { domainErrorOf } from "./support/errors";
import { openTestDb } from "./support/db";
import { acting, proposalWorld, type ProposalWorld } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;
let world: ProposalWorld;
const seen: { event: AuditEvent; statusWhenCalled: Promise<string | undefined> }[] = [];
let unsubscribe: () => void;

beforeAll(async () => {
  world = await proposalWorld(db, 0);
  unsubscribe = onCommitted((event) => {
    if (event.objectType !== "programme") return;
    // Read on another connection of the pool: it sees only what has committed.
    const statusWhenCalled = db
      .select({ status: programmes.status })
      .from(programmes)
      .where(eq(programmes.id, event.objectId))
      .then(([row]) => row?.status);
    seen.push({ event, statusWhenCalled });
  });
});

afterAll(async () => {
  unsubscribe();
  await handle.close();
});

describe("after a write commits", () => {
  it("publishing runs the hook once, after the commit, with the event that expires the catalogue", async () => {
    const programme = await createProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, status: "approved" });
    seen.length = 0;
    await publishProgramme(await acting(db, world.proposer), { programmeId: programme.id, version: programme.version });
    expect(seen.map((s) => s.event.action)).toEqual(["programme.publish"]);
    expect(await seen[0]!.statusWhenCalled).toBe("open");
    expect(publicTagsChangedBy(seen[0]!.event)).toContain(PROGRAMMES_TAG);
  });

  it("a refused write (stale version: CONFLICT; wrong state) runs no hook", async () => {
    const programme = await createProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, status: "approved" });
    seen.length = 0;
    const ctx = await acting(db, world.proposer);
    expect((await domainErrorOf(publishProgramme(ctx, { programmeId: programme.id, version: programme.version + 5 }))).code).toBe("CONFLICT");
    expect(await domainErrorOf(cancelProgramme(await acting(db, world.proposer), { programmeId: programme.id, version: programme.version, reason: "Funding withdrawn by the partners." }))).toBeDefined();
    expect(seen).toEqual([]);
  });
});
