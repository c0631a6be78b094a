// GET /api/open/log/head — the transparency log's current tree head, signed (docs/TRANSPARENCY-LOG.md).
import { logHeadRoute } from "@/server/transparency-log/open-log-routes";

export const dynamic = "force-dynamic";

export const GET = logHeadRoute;
