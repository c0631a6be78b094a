// GET /api/agreements/<id>/record — the agreement record (agreement.json, southbridge.agreement-record/1)
// for whoever may see the agreement, to check offline with `npx southbridge-verify`
// (docs/TRANSPARENCY-LOG.md). Signed-in only; anyone else gets 404.
import { agreementRecordResponse } from "@/server/http/agreement-record-download";
import { openDataRoute } from "@/server/open-data/respond";

export const dynamic = "force-dynamic";

export const GET = openDataRoute("GET /api/agreements/[id]/record", async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  agreementRecordResponse(request, (await params).id),
);
