// The scheduled route's rules (app/api/cron/[job]/route.ts): refused with 401 unless it carries
// `Authorization: Bearer $CRON_SECRET` (compared in constant time; no secret configured: always
// refused), 404 for a job that does not exist, else the job runs and its report is the answer.
import { createHash, timingSafeEqual } from "node:crypto";
import { getDb } from "@/db/client";
import { env } from "../env";
import { jobNamed } from "./registry";

const NO_STORE = { "cache-control": "no-store" };

/** Whether the Authorization header carries the secret (digests compared, so lengths never leak). */
export function carriesCronSecret(authorization: string | null, secret: string | undefined): boolean {
  if (!secret || !authorization) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(authorization), digest(`Bearer ${secret}`));
}

export async function handleCronRequest(request: Request, name: string): Promise<Response> {
  if (!carriesCronSecret(request.headers.get("authorization"), env().CRON_SECRET)) {
    return Response.json({ error: "unauthorized" }, { status: 401, headers: { ...NO_STORE, "www-authenticate": "Bearer" } });
  }
  const job = jobNamed(name);
  if (!job) return Response.json({ error: "no such job" }, { status: 404, headers: NO_STORE });
  const started = Date.now();
  try {
    const report = await job.run(getDb().db);
    return Response.json({ job: job.name, ms: Date.now() - started, ...report }, { headers: NO_STORE });
  } catch (error) {
    console.error(`cron job ${job.name} failed:`, error);
    return Response.json({ job: job.name, error: "failed" }, { status: 500, headers: NO_STORE });
  }
}
