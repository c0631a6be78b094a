// GET /api/open/institutions.json — every verified institution, no sign-in (CC BY 4.0).
import { getDb } from "@/db/client";
import { listOpenInstitutions } from "@/server/institutions/open-data";

export const dynamic = "force-dynamic";

export async function GET() {
  const institutions = await listOpenInstitutions(getDb().db);
  const body = { generatedAt: new Date().toISOString(), count: institutions.length, licence: "CC BY 4.0", institutions };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
