// GET /api/open/dumps/programmes.csv — every published programme as one RFC 4180 CSV file, no sign-in
// (CC BY 4.0): the stored dump (server/open-data/dumps.ts), with ETag / Last-Modified and 304.
import { dumpRoute } from "@/server/open-data/dump-http";

export const dynamic = "force-dynamic";

export const GET = dumpRoute("programmes.csv", "southbridge-programmes.csv");
