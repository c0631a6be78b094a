// Every state × event of the agreement machine, through the real use cases: an event the table
// allows moves the agreement to the state the table names; any other is INVALID_TRANSITION and
// changes nothing. `expired` is an agreement in force past its expiry date (read-time state);
// enterIntoForce and supersede are caused by the last signature (agreement-signing tests).
import { afterAll, describe, expect, it } from "vitest";
import type { AgreementStatus } from "../../db/schema/agreements";
import { amendAgreement } from "../../server/agreements/amend-agreement";
import type { AgreementContent } from "../../server/agreements/content";
import { sendAgreement } from "../../server/agreements/send-agreement";
import { signAgreement } from "../../server/agreements/sign-agreement";
import { terminateAgreement } from "../../server/agreements/terminate-agreement";
import { updateAgreement } from "../../server/agreements/update-agreement";
import { DEFAULT_TEST_PASSWORD } from "../factories";
import { agreementRow, agreementWorld, completePilotContent, insertAgreement, type AgreementWorld } from "../factories/agreements";
import { auditEntriesOf, openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { acting } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

type State = "draft" | "pending_signatures" | "in_force" | "superseded" | "terminated" | "expired";
type Event = "edit" | "send" | "sign" | "amend" | "terminate";

/** The expected outcome of each event in each state: the resulting stored status, or refused. Written out, not derived from the machine. */
const EXPECTED: Record<State, Record<Event, AgreementStatus | "INVALID_TRANSITION">> = {
  draft: { edit: "draft", send: "pending_signatures", sign: "INVALID_TRANSITION", amend: "INVALID_TRANSITION", terminate: "INVALID_TRANSITION" },
  pending_signatures: { edit: "draft", send: "INVALID_TRANSITION", sign: "pending_signatures", amend: "INVALID_TRANSITION", terminate: "INVALID_TRANSITION" },
  in_force: { edit: "INVALID_TRANSITION", send: "INVALID_TRANSITION", sign: "INVALID_TRANSITION", amend: "in_force", terminate: "terminated" },
  superseded: { edit: "INVALID_TRANSITION", send: "INVALID_TRANSITION", sign: "INVALID_TRANSITION", amend: "INVALID_TRANSITION", terminate: "INVALID_TRANSITION" },
  terminated: { edit: "INVALID_TRANSITION", send: "INVALID_TRANSITION", sign: "INVALID_TRANSITION", amend: "INVALID_TRANSITION", terminate: "INVALID_TRANSITION" },
  expired: { edit: "INVALID_TRANSITION", send: "INVALID_TRANSITION", sign: "INVALID_TRANSITION", amend: "INVALID_TRANSITION", terminate: "INVALID_TRANSITION" },
};

async function agreementIn(w: AgreementWorld, state: State) {
  if (state === "expired") return insertAgreement(w, { status: "in_force", content: completePilotContent(w, { effectiveDate: "2024-01-01", expiryDate: "2025-06-30" }) });
  // A pending agreement in this table has no signature yet, so the lead's signature keeps it pending.
  return insertAgreement(w, { status: state, signedBy: state === "pending_signatures" ? [] : undefined });
}

async function fire(w: AgreementWorld, event: Event, row: Awaited<ReturnType<typeof agreementRow>>) {
  switch (event) {
    case "edit":
      return updateAgreement(await acting(db, w.leadMember), { agreementId: row.id, version: row.version, title: "An edited title", content: row.content as AgreementContent });
    case "send":
      return sendAgreement(await acting(db, w.leadMember), { agreementId: row.id, version: row.version });
    case "sign":
      return signAgreement(await acting(db, w.leadSignatory), { agreementId: row.id, institutionId: w.lead.id, contentHash: row.contentHash ?? "0".repeat(64), password: DEFAULT_TEST_PASSWORD });
    case "amend":
      return amendAgreement(await acting(db, w.leadMember), { agreementId: row.id });
    case "terminate":
      return terminateAgreement(await acting(db, w.leadSignatory), { agreementId: row.id, version: row.version, reason: "The pilot has ended." });
  }
}

const cases = (Object.keys(EXPECTED) as State[]).flatMap((state) => (Object.keys(EXPECTED[state]) as Event[]).map((event) => [state, event, EXPECTED[state][event]] as const));

describe("the agreement machine through the use cases", () => {
  let world: AgreementWorld;

  it.each(cases)("in %s, %s → %s", async (state, event, expected) => {
    world ??= await agreementWorld(db);
    const row = await agreementIn(world, state);
    const entriesBefore = await auditEntriesOf(db, "agreement", row.id);
    if (expected === "INVALID_TRANSITION") {
      const error = await domainErrorOf(fire(world, event, row));
      expect(error.code).toBe("INVALID_TRANSITION");
      const after = await agreementRow(db, row.id);
      expect({ status: after.status, version: after.version, signaturesGiven: after.signaturesGiven }).toEqual({ status: row.status, version: row.version, signaturesGiven: row.signaturesGiven });
      expect(await auditEntriesOf(db, "agreement", row.id)).toHaveLength(entriesBefore.length);
    } else {
      const result = await fire(world, event, row);
      expect((await agreementRow(db, row.id)).status).toBe(expected);
      if (event === "amend") {
        // The amendment is a new version: its creation is the one entry, on the new row.
        const child = (result as { agreementId: string }).agreementId;
        expect((await agreementRow(db, child)).status).toBe("draft");
        expect((await auditEntriesOf(db, "agreement", child)).map((e) => e.action)).toEqual(["agreement.amend"]);
        expect(await auditEntriesOf(db, "agreement", row.id)).toHaveLength(entriesBefore.length);
      } else {
        expect(await auditEntriesOf(db, "agreement", row.id)).toHaveLength(entriesBefore.length + 1);
      }
    }
  });
});
