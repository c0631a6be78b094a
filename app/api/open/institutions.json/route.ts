// GET /api/open/institutions.json — every verified institution, no sign-in (CC BY 4.0).
// Fields: server/open-data/contracts.ts (institutionsFileOut).
import { getDb } from "@/db/client";
import { listOpenInstitutions } from "@/server/institutions/open-data";
import { institutionsFileOut } from "@/server/open-data/contracts";
import { jsonBody, openDataRoute, openHeaders } from "@/server/open-data/respond";

export const dynamic = "force-dynamic";

export const GET = openDataRoute("GET /api/open/institutions.json", async () => {
  const institutions = await listOpenInstitutions(getDb().db);
  const body = institutionsFileOut.parse({ generatedAt: new Date().toISOString(), count: institutions.length, licence: "CC BY 4.0", institutions });
  return new Response(jsonBody(body), { headers: openHeaders("application/json; charset=utf-8") });
});
