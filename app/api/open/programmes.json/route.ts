// GET /api/open/programmes.json — every published programme (open, active, completed), no sign-in (CC BY 4.0).
// Fields: server/catalogue/open-data.ts (OPEN_PROGRAMME_FIELDS, also served in "fields"); list fields are JSON arrays.
import { getDb } from "@/db/client";
import { listOpenProgrammes, OPEN_PROGRAMME_FIELDS } from "@/server/catalogue/open-data";

export const dynamic = "force-dynamic";

export async function GET() {
  const programmes = await listOpenProgrammes(getDb().db);
  const body = { generatedAt: new Date().toISOString(), count: programmes.length, licence: "CC BY 4.0", fields: OPEN_PROGRAMME_FIELDS, programmes };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
