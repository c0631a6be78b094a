import { warnExpiringAgreements } from "../agreements/warn-expiring";
import type { Job } from "./job";

/** Warns the parties' signatories of agreements expiring within 30 days, once per agreement (at most 50 a run). */
export const agreementExpiryWarningsJob: Job = {
  name: "agreement-expiry-warnings",
  description: "Warns the signatories of every party of an agreement in force that expires within 30 days (once per agreement).",
  run: (db) => warnExpiringAgreements(db, { limit: 50 }),
};
