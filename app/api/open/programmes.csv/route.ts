// GET /api/open/programmes.csv — every published programme as RFC 4180 CSV, no sign-in (CC BY 4.0).
// Columns: server/catalogue/open-data.ts (OPEN_PROGRAMME_COLUMNS), records: server/open-data/contracts.ts
// (openProgrammeOut); list fields are ";"-separated; text cells are neutralised against formulas.
import { z } from "zod";
import { getDb } from "@/db/client";
import { listOpenProgrammes, OPEN_PROGRAMME_COLUMNS, toCsvRecord } from "@/server/catalogue/open-data";
import { openProgrammeOut } from "@/server/open-data/contracts";
import { toCsv } from "@/server/open-data/csv";
import { openDataRoute, openHeaders } from "@/server/open-data/respond";

export const dynamic = "force-dynamic";

export const GET = openDataRoute("GET /api/open/programmes.csv", async () => {
  const programmes = z.array(openProgrammeOut).parse(await listOpenProgrammes(getDb().db));
  return new Response(toCsv(OPEN_PROGRAMME_COLUMNS, programmes.map(toCsvRecord)), {
    headers: { ...openHeaders("text/csv; charset=utf-8"), "Content-Disposition": 'attachment; filename="southbridge-programmes.csv"' },
  });
});
