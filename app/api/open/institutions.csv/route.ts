// GET /api/open/institutions.csv — every verified institution as RFC 4180 CSV, no sign-in (CC BY 4.0).
import { getDb } from "@/db/client";
import { listOpenInstitutions, OPEN_INSTITUTION_COLUMNS } from "@/server/institutions/open-data";
import { toCsv } from "@/server/open-data/csv";

export const dynamic = "force-dynamic";

export async function GET() {
  const institutions = await listOpenInstitutions(getDb().db);
  return new Response(toCsv(OPEN_INSTITUTION_COLUMNS, institutions), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="southbridge-institutions.csv"',
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
