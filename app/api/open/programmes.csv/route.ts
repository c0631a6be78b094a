// GET /api/open/programmes.csv — one page of published programmes as RFC 4180 CSV, no sign-in (CC BY 4.0),
// paged like programmes.json (`?limit=`, `?cursor=`, `Link: rel="next"`). Columns: server/catalogue/open-data.ts
// (OPEN_PROGRAMME_COLUMNS), records: server/open-data/contracts.ts (openProgrammeOut); list fields are
// ";"-separated; text cells are neutralised against formulas. Everything at once: /api/open/dumps/programmes.csv.
import { programmesCsvPage } from "@/server/open-data/programme-pages-http";

export const dynamic = "force-dynamic";

export const GET = programmesCsvPage;
