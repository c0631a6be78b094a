// GET /api/open/institutions.csv — every verified institution as RFC 4180 CSV, no sign-in (CC BY 4.0).
// Records: server/open-data/contracts.ts (openInstitutionOut); text cells are neutralised against formulas.
import { institutionsCsv } from "@/server/open-data/file-routes";

export const dynamic = "force-dynamic";

export const GET = institutionsCsv;
