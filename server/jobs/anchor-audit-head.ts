import { appendAuditHead } from "../transparency-log/append-audit-head";
import type { Job } from "./job";

/** Appends the audit chain's head to the public transparency log (nothing when that head is logged already). */
export const anchorAuditHeadJob: Job = {
  name: "anchor-audit-head",
  description: "Appends the audit chain's current head to the public transparency log, so outsiders can pin it between reports.",
  run: async (db) => {
    const head = await appendAuditHead(db, new Date());
    return { entries: head.entryCount, headHash: head.headHash, leafIndex: head.leafIndex ?? -1 };
  },
};
