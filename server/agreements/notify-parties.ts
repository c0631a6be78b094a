// Notifications about agreements, sent after the response (call through afterResponse).
import type { Executor } from "@/db/client";
import { notify } from "../notifications/notify";
import { partySignatoryUserIds, signatoryUserIds } from "./queries";

export const agreementPath = (agreementId: string) => `/agreements/${agreementId}`;

type Facts = { agreementId: string; reference: string; title: string };

/** Each party's signatories are asked to sign, named for the institution they would sign for. */
export async function notifySignatureRequested(db: Executor, facts: Facts, parties: { institutionId: string; name: string }[]) {
  for (const party of parties) {
    const userIds = await signatoryUserIds(db, [party.institutionId]);
    await notify(db, { userIds }, "signatureRequested", { reference: facts.reference, title: facts.title, institution: party.name }, agreementPath(facts.agreementId));
  }
}

export async function notifyPartySignatories(db: Executor, kind: "agreementInForce" | "signaturesVoided", facts: Facts) {
  const userIds = await partySignatoryUserIds(db, facts.agreementId);
  await notify(db, { userIds }, kind, { reference: facts.reference, title: facts.title }, agreementPath(facts.agreementId));
}
