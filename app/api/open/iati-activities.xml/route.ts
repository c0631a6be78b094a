// GET /api/open/iati-activities.xml — approved programmes as IATI 2.03 activities, no sign-in.
// What is published and how it maps to the IATI codelists: server/reports/iati.ts; the
// activities are held to server/open-data/contracts.ts (iatiActivitiesOut) before writing.
import { getDb } from "@/db/client";
import { iatiActivitiesOut } from "@/server/open-data/contracts";
import { openDataRoute, openHeaders } from "@/server/open-data/respond";
import { iatiActivitiesXml, loadIatiActivities, reportingOrgRef } from "@/server/reports/iati";

export const dynamic = "force-dynamic";

export const GET = openDataRoute("GET /api/open/iati-activities.xml", async () => {
  const activities = iatiActivitiesOut.parse(await loadIatiActivities(getDb().db));
  return new Response(iatiActivitiesXml(activities, reportingOrgRef()), { headers: openHeaders("application/xml; charset=utf-8") });
});
