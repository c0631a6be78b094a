// Issue #11, finding 1: a member of a suspended institution could still edit and send a
// data-sharing agreement it is party to, which voided the other parties' signatures. Every
// write made on behalf of an institution now requires that institution to be verified; reads
// stay open. Checked through the real router, with the rows left exactly as they were.
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { agreementSignatures, institutions } from "../../db/schema";
import type { AgreementContent } from "../../server/agreements/content";
import { DEFAULT_TEST_PASSWORD } from "../factories";
import { agreementRow, agreementWorld, insertAgreement, type AgreementWorld } from "../factories/agreements";
import { openTestDb } from "./support/db";
import { domainErrorOf, outcomeOf } from "./support/errors";
import { callerAs } from "./support/personas";
import { acting } from "./support/programmes";
import { updateAgreement } from "../../server/agreements/update-agreement";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

async function suspend(institutionId: string) {
  await db.update(institutions).set({ status: "suspended" }).where(eq(institutions.id, institutionId));
}

/** A pending agreement the lead has already signed; then the partner institution is suspended. */
async function signedByLeadThenPartnerSuspended(): Promise<{ w: AgreementWorld; row: Awaited<ReturnType<typeof agreementRow>> }> {
  const w = await agreementWorld(db);
  const row = await insertAgreement(w, { status: "pending_signatures", signedBy: [] });
  await (await callerAs(db, w.leadSignatory)).agreements.sign({ agreementId: row.id, institutionId: w.lead.id, contentHash: row.contentHash!, password: DEFAULT_TEST_PASSWORD });
  await suspend(w.partner.id);
  return { w, row: await agreementRow(db, row.id) };
}

describe("a member of a suspended institution that is party to an agreement", () => {
  it("may not edit it: FORBIDDEN through the router, and the lead's signature and the version stay", async () => {
    const { w, row } = await signedByLeadThenPartnerSuspended();
    const api = await callerAs(db, w.partnerMember);
    const outcome = await outcomeOf(api.agreements.update({ agreementId: row.id, version: row.version, title: "Rewritten by a suspended party", content: row.content as AgreementContent }));
    expect(outcome).toBe("FORBIDDEN");
    const after = await agreementRow(db, row.id);
    expect({ status: after.status, version: after.version, title: after.title, signaturesGiven: after.signaturesGiven }).toEqual({
      status: "pending_signatures",
      version: row.version,
      title: row.title,
      signaturesGiven: 1,
    });
    expect(await db.select().from(agreementSignatures).where(eq(agreementSignatures.agreementId, row.id))).toHaveLength(1);
  });

  it("is told why: INSTITUTION_NOT_ACTIVE with the institution's status", async () => {
    const { w, row } = await signedByLeadThenPartnerSuspended();
    const error = await domainErrorOf(updateAgreement(await acting(db, w.partnerMember), { agreementId: row.id, version: row.version, title: "Edited", content: row.content as AgreementContent }));
    expect(error.code).toBe("INSTITUTION_NOT_ACTIVE");
    expect(error.details).toEqual({ status: "suspended" });
  });

  it("may not send, amend or create agreements either, nor sign for the suspended institution", async () => {
    const w = await agreementWorld(db);
    const [draft, inForce] = await Promise.all([insertAgreement(w), insertAgreement(w, { status: "in_force" })]);
    const pending = await insertAgreement(w, { status: "pending_signatures", signedBy: [] });
    await suspend(w.partner.id);
    const member = await callerAs(db, w.partnerMember);
    const signatory = await callerAs(db, w.partnerSignatory);
    expect({
      send: await outcomeOf(member.agreements.send({ agreementId: draft.id, version: draft.version })),
      amend: await outcomeOf(member.agreements.amend({ agreementId: inForce.id })),
      sign: await outcomeOf(signatory.agreements.sign({ agreementId: pending.id, institutionId: w.partner.id, contentHash: pending.contentHash!, password: DEFAULT_TEST_PASSWORD })),
      terminate: await outcomeOf(signatory.agreements.terminate({ agreementId: inForce.id, version: inForce.version, reason: "We want out." })),
    }).toEqual({ send: "FORBIDDEN", amend: "FORBIDDEN", sign: "FORBIDDEN", terminate: "FORBIDDEN" });
    expect((await agreementRow(db, draft.id)).status).toBe("draft");
    expect((await agreementRow(db, inForce.id)).status).toBe("in_force");
    expect((await agreementRow(db, pending.id)).signaturesGiven).toBe(0);
  });

  it("may still read the agreement and verify its signatures", async () => {
    const { w, row } = await signedByLeadThenPartnerSuspended();
    const api = await callerAs(db, w.partnerMember);
    expect(await outcomeOf(api.agreements.byId({ agreementId: row.id }))).toBe("ok");
    expect(await outcomeOf(api.agreements.forInstitution({ institutionId: w.partner.id }))).toBe("ok");
  });

  it("does not stop the verified lead from editing its own agreement", async () => {
    const { w, row } = await signedByLeadThenPartnerSuspended();
    const api = await callerAs(db, w.leadMember);
    expect(await outcomeOf(api.agreements.update({ agreementId: row.id, version: row.version, title: "Edited by the lead", content: row.content as AgreementContent }))).toBe("ok");
  });
});
