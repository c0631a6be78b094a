// GET /api/open/log/proof/inclusion?leaf=<hash>&size=N — RFC 9162 inclusion proof (docs/TRANSPARENCY-LOG.md).
import { inclusionProofRoute } from "@/server/transparency-log/open-log-routes";

export const dynamic = "force-dynamic";

export const GET = inclusionProofRoute;
