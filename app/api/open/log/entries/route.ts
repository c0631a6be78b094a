// GET /api/open/log/entries?start=M&end=N — the log's leaves M … N, at most 1000 (docs/TRANSPARENCY-LOG.md).
import { logEntriesRoute } from "@/server/transparency-log/open-log-routes";

export const dynamic = "force-dynamic";

export const GET = logEntriesRoute;
