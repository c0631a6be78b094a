// GET /api/open/programmes.json — one page of published programmes (open, active, completed), no sign-in
// (CC BY 4.0): `?limit=` 1–1000 (default 500), `?cursor=` from the `Link: <…>; rel="next"` header (or
// "next" in the body). Fields: server/open-data/contracts.ts (programmesPageOut), described in
// server/catalogue/open-data.ts (OPEN_PROGRAMME_FIELDS, also served in "fields"); lists are JSON arrays.
// Everything at once: /api/open/dumps/programmes.json.
import { programmesJsonPage } from "@/server/open-data/programme-pages-http";

export const dynamic = "force-dynamic";

export const GET = programmesJsonPage;
