// GET /api/open/institutions.json — every verified institution, no sign-in (CC BY 4.0).
// Fields: server/open-data/contracts.ts (institutionsFileOut).
import { institutionsJson } from "@/server/open-data/file-routes";

export const dynamic = "force-dynamic";

export const GET = institutionsJson;
