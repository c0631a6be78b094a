// GET /api/open/audit-head.json — the newest head of the tamper-evident audit chain (docs/SECURITY.md,
// "Audit log"), so outsiders can pin it: the id and time of the newest entry, how many entries the
// chain holds and the head hash. Nothing of the entry's content. No sign-in, CORS open, cached
// briefly (the head moves with every audited change). Fields: server/open-data/contracts.ts (auditHeadFileOut).
import { getDb } from "@/db/client";
import { publishedAuditHead } from "@/server/audit/verify-chain";
import { auditHeadFileOut } from "@/server/open-data/contracts";
import { jsonBody, openDataRoute, openHeaders } from "@/server/open-data/respond";

export const dynamic = "force-dynamic";

export const GET = openDataRoute("GET /api/open/audit-head.json", async () => {
  const head = await publishedAuditHead(getDb().db);
  const body = auditHeadFileOut.parse({
    entryId: head.entryId,
    entries: head.entries,
    hash: head.hash,
    occurredAt: head.occurredAt?.toISOString() ?? null,
    generatedAt: new Date().toISOString(),
  });
  return new Response(jsonBody(body), { headers: { ...openHeaders("application/json; charset=utf-8", 10), "X-Content-Type-Options": "nosniff" } });
});
