// GET /api/open/reports.schema.json — the JSON Schema of /api/open/reports/<slug>.json.
import { REPORT_JSON_SCHEMA } from "@/server/reports/report-schema";

export const dynamic = "force-static";

export function GET() {
  return new Response(JSON.stringify(REPORT_JSON_SCHEMA, null, 2), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8", "Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*" },
  });
}
