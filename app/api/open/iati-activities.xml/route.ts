// GET /api/open/iati-activities.xml — approved programmes as IATI 2.03 activities, no sign-in.
// What is published and how it maps to the IATI codelists: server/reports/iati.ts.
import { getDb } from "@/db/client";
import { iatiActivitiesXml, loadIatiActivities, reportingOrgRef } from "@/server/reports/iati";

export const dynamic = "force-dynamic";

export async function GET() {
  const activities = await loadIatiActivities(getDb().db);
  return new Response(iatiActivitiesXml(activities, reportingOrgRef()), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
