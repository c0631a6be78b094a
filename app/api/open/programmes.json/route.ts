// GET /api/open/programmes.json — every published programme (open, active, completed), no sign-in (CC BY 4.0).
// Fields: server/open-data/contracts.ts (programmesFileOut), described in server/catalogue/open-data.ts
// (OPEN_PROGRAMME_FIELDS, also served in "fields"); list fields are JSON arrays.
import { getDb } from "@/db/client";
import { listOpenProgrammes, OPEN_PROGRAMME_FIELDS } from "@/server/catalogue/open-data";
import { programmesFileOut } from "@/server/open-data/contracts";
import { jsonBody, openDataRoute, openHeaders } from "@/server/open-data/respond";

export const dynamic = "force-dynamic";

export const GET = openDataRoute("GET /api/open/programmes.json", async () => {
  const programmes = await listOpenProgrammes(getDb().db);
  const body = programmesFileOut.parse({ generatedAt: new Date().toISOString(), count: programmes.length, licence: "CC BY 4.0", fields: OPEN_PROGRAMME_FIELDS, programmes });
  return new Response(jsonBody(body), { headers: openHeaders("application/json; charset=utf-8") });
});
