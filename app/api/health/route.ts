import { databaseAnswers } from "@/server/platform/health";

export const dynamic = "force-dynamic";

/** 200 {"status":"ok"} when the database answers, 503 otherwise. */
export async function GET() {
  if (await databaseAnswers()) return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
  return Response.json({ status: "unavailable" }, { status: 503, headers: { "cache-control": "no-store" } });
}
