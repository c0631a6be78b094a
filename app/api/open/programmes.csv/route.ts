// GET /api/open/programmes.csv — every published programme as RFC 4180 CSV, no sign-in (CC BY 4.0).
// Columns: server/catalogue/open-data.ts (OPEN_PROGRAMME_COLUMNS); list fields are ";"-separated.
import { getDb } from "@/db/client";
import { listOpenProgrammes, OPEN_PROGRAMME_COLUMNS, toCsvRecord } from "@/server/catalogue/open-data";
import { toCsv } from "@/server/open-data/csv";

export const dynamic = "force-dynamic";

export async function GET() {
  const programmes = await listOpenProgrammes(getDb().db);
  return new Response(toCsv(OPEN_PROGRAMME_COLUMNS, programmes.map(toCsvRecord)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="southbridge-programmes.csv"',
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
