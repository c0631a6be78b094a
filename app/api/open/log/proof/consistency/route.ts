// GET /api/open/log/proof/consistency?from=M&to=N — RFC 9162 consistency proof (docs/TRANSPARENCY-LOG.md).
import { consistencyProofRoute } from "@/server/transparency-log/open-log-routes";

export const dynamic = "force-dynamic";

export const GET = consistencyProofRoute;
