// GET /api/openapi.json — the OpenAPI 3.1 document of /api/v1, generated from the procedures' zod schemas.
import { env } from "@/server/env";
import { openApiDocument } from "@/server/open-api/openapi-document";

export const dynamic = "force-dynamic";

export function GET() {
  return new Response(JSON.stringify(openApiDocument(env().NEXTAUTH_URL), null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
