// GET /api/open/log/proof/inclusion?leaf=<hash>&size=N — RFC 9162 inclusion proof (docs/TRANSPARENCY-LOG.md).
import { getDb } from "@/db/client";
import { inclusionProofResponse } from "@/server/transparency-log/open-log-api";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return inclusionProofResponse(getDb().db, request);
}
