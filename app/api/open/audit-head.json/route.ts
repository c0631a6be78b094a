// GET /api/open/audit-head.json — the newest head of the tamper-evident audit chain (docs/SECURITY.md,
// "Audit log"), so outsiders can pin it: the id and time of the newest entry, how many entries the
// chain holds and the head hash. Nothing of the entry's content. No sign-in, CORS open, cached
// briefly (the head moves with every audited change). Fields: server/open-data/contracts.ts (auditHeadFileOut).
import { auditHeadJson } from "@/server/open-data/file-routes";

export const dynamic = "force-dynamic";

export const GET = auditHeadJson;
