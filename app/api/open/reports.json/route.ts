// GET /api/open/reports.json — every published transparency report (newest first), with links to
// each report's JSON and CSV; no sign-in (CC BY 4.0). Fields: server/open-data/contracts.ts (reportsIndexOut).
import { reportsIndexJson } from "@/server/open-data/file-routes";

export const dynamic = "force-dynamic";

export const GET = reportsIndexJson;
