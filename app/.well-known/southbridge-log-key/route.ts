// GET /.well-known/southbridge-log-key — the Ed25519 public key (JWK) that signs the transparency
// log's tree heads (docs/TRANSPARENCY-LOG.md). Next.js routes this dot-folder like any other
// (only "_" folders are private); proxy.ts never sees it (its matcher skips paths with a dot).
import { logKeyResponse } from "@/server/transparency-log/open-log-api";

export const dynamic = "force-dynamic";

export function GET() {
  return logKeyResponse();
}
