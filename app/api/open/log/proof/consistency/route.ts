// GET /api/open/log/proof/consistency?from=M&to=N — RFC 9162 consistency proof (docs/TRANSPARENCY-LOG.md).
import { getDb } from "@/db/client";
import { consistencyProofResponse } from "@/server/transparency-log/open-log-api";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return consistencyProofResponse(getDb().db, request);
}
