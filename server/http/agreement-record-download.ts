// The response of GET /api/agreements/<id>/record (agreement.json): the current request's viewer,
// the use case, and 404 for anyone who may not see the agreement (never a hint that it exists).
import "server-only";
import { getDb } from "@/db/client";
import { downloadAgreementRecord } from "../agreements/download-agreement-record";
import { currentViewer, requestMeta } from "../auth/current-viewer";
import { isDomainError } from "../errors";
import { jsonBody } from "../open-data/respond";

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff", "Content-Type": "application/json; charset=utf-8" };
const notFound = () => new Response(JSON.stringify({ error: "not found" }), { status: 404, headers: PRIVATE });

export async function agreementRecordResponse(request: Request, agreementId: string): Promise<Response> {
  const [viewer, meta] = await Promise.all([currentViewer(), requestMeta()]);
  if (!viewer || agreementId.length > 64) return notFound();
  try {
    const { record, fileName } = await downloadAgreementRecord({ db: getDb().db, viewer, meta }, { agreementId, server: new URL(request.url).origin });
    return new Response(jsonBody(record), { headers: { ...PRIVATE, "Content-Disposition": `attachment; filename="${fileName}"` } });
  } catch (error) {
    if (isDomainError(error) && ["NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED"].includes(error.code)) return notFound();
    throw error;
  }
}
