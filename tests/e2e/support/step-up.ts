// The step-up scenario's fixture, written to the e2e database with the test factories: an agreement
// awaiting signatures whose lead signatory is a fresh user signing in with the demo password.
import { agreementWorld, insertAgreement } from "../../factories/agreements";
import { createDb } from "../../../db/client";
import { E2E_DATABASE_URL } from "./outbox";

export async function pendingAgreementFixture(): Promise<{ agreementId: string; signatoryEmail: string; leadName: string }> {
  const handle = createDb({ driver: "mysql2", url: E2E_DATABASE_URL });
  try {
    const w = await agreementWorld(handle.db);
    const agreement = await insertAgreement(w, { status: "pending_signatures", createdByUserId: w.leadOwner.id });
    return { agreementId: agreement.id, signatoryEmail: w.leadSignatory.email, leadName: w.lead.name };
  } finally {
    await handle.close();
  }
}
