// GET /api/open/log/head — the transparency log's current tree head, signed (docs/TRANSPARENCY-LOG.md).
import { getDb } from "@/db/client";
import { logHeadResponse } from "@/server/transparency-log/open-log-api";

export const dynamic = "force-dynamic";

export function GET() {
  return logHeadResponse(getDb().db);
}
