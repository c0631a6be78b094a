// GET /api/open/iati-activities.xml — approved programmes as IATI 2.03 activities, no sign-in.
// What is published and how it maps to the IATI codelists: server/reports/iati.ts; the
// activities are held to server/open-data/contracts.ts (iatiActivitiesOut) before writing.
// Served as the stored dump (server/open-data/dumps.ts), with ETag / Last-Modified and 304.
import { dumpRoute } from "@/server/open-data/dump-http";

export const dynamic = "force-dynamic";

export const GET = dumpRoute("iati-activities.xml");
