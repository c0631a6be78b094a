// GET /api/open/reports/<slug>.json and /api/open/reports/<slug>.csv — one published report with
// its public (suppressed) figures; no sign-in (CC BY 4.0). A route segment cannot contain a dot,
// so the extension is parsed from the parameter. JSON fields: server/open-data/contracts.ts (reportFileOut).
import { reportFile } from "@/server/open-data/file-routes";

export const dynamic = "force-dynamic";

export const GET = reportFile;
