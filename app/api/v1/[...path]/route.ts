// GET /api/v1/… — the open API's REST routes (server/open-api/rest-routes.ts), documented at
// /api/openapi.json. Anonymous, or with `Authorization: Bearer <personal API token>`.
import { handleRestRequest } from "@/server/open-api/rest-request";

export const dynamic = "force-dynamic";

export const GET = (request: Request) => handleRestRequest(request);
