// GET /api/open/dumps/programmes.json — every published programme in one compact JSON file, no sign-in
// (CC BY 4.0): the stored dump, rebuilt once per change of the public data (server/open-data/dumps.ts),
// with ETag / Last-Modified and 304. Fields: server/open-data/contracts.ts (programmesFileOut).
import { dumpRoute } from "@/server/open-data/dump-http";

export const dynamic = "force-dynamic";

export const GET = dumpRoute("programmes.json");
