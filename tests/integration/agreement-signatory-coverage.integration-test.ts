// Issue #15.2: sending an agreement said "the parties' signatories have been notified" even when a
// party had no signatory. The agreement as read says, per party, whether it has one, so the page
// can tell the truth.
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { memberships } from "../../db/schema";
import { createAgreement } from "../../server/agreements/create-agreement";
import { getAgreement } from "../../server/agreements/get-agreement";
import { agreementWorld } from "../factories/agreements";
import { openTestDb } from "./support/db";
import { acting } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

describe("which parties of an agreement can sign", () => {
  it("marks a party whose institution has no active signatory, and the others as having one", async () => {
    const w = await agreementWorld(db);
    await db.update(memberships).set({ isSignatory: false }).where(and(eq(memberships.institutionId, w.partner.id), eq(memberships.userId, w.partnerSignatory.id)));
    const lead = await acting(db, w.leadMember);
    const { agreementId } = await createAgreement(lead, { programmeId: w.programme.id, template: "pilot_personal_data", title: "Kenya–China clinic pilot" });
    const read = await getAgreement(lead, { agreementId });
    const byId = new Map(read.parties.map((p) => [p.institutionId, p.hasSignatory]));
    expect(byId.get(w.lead.id)).toBe(true);
    expect(byId.get(w.partner.id)).toBe(false);
  });
});
