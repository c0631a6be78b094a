// GET /api/open/institutions.csv — every verified institution as RFC 4180 CSV, no sign-in (CC BY 4.0).
// Records: server/open-data/contracts.ts (openInstitutionOut); text cells are neutralised against formulas.
import { z } from "zod";
import { getDb } from "@/db/client";
import { listOpenInstitutions, OPEN_INSTITUTION_COLUMNS } from "@/server/institutions/open-data";
import { openInstitutionOut } from "@/server/open-data/contracts";
import { toCsv } from "@/server/open-data/csv";
import { openDataRoute, openHeaders } from "@/server/open-data/respond";

export const dynamic = "force-dynamic";

export const GET = openDataRoute("GET /api/open/institutions.csv", async () => {
  const institutions = z.array(openInstitutionOut).parse(await listOpenInstitutions(getDb().db));
  return new Response(toCsv(OPEN_INSTITUTION_COLUMNS, institutions), {
    headers: { ...openHeaders("text/csv; charset=utf-8"), "Content-Disposition": 'attachment; filename="southbridge-institutions.csv"' },
  });
});
