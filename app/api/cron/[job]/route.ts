import { handleCronRequest } from "@/server/jobs/cron-request";

export const dynamic = "force-dynamic";
// A run is bounded (see server/jobs/); this leaves it room on a serverless function.
export const maxDuration = 60;

/** Vercel Cron calls GET with `Authorization: Bearer $CRON_SECRET`; POST is accepted for other schedulers. */
export async function GET(request: Request, { params }: { params: Promise<{ job: string }> }) {
  return handleCronRequest(request, (await params).job);
}

export { GET as POST };
