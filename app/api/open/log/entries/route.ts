// GET /api/open/log/entries?start=M&end=N — the log's leaves M … N, at most 1000 (docs/TRANSPARENCY-LOG.md).
import { getDb } from "@/db/client";
import { entriesResponse } from "@/server/transparency-log/open-log-api";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return entriesResponse(getDb().db, request);
}
