// GET /api/open/programmes.json and .csv: one page of published programmes by keyset cursor
// (`?cursor=` from the previous page's `Link: <…>; rel="next"`, `?limit=` 1–1000, default 500),
// compact JSON or CSV, streamed while rows are read in chunks. A malformed cursor or limit is a 400.
// The whole list at once is the stored dump: /api/open/dumps/programmes.json|.csv.
import { getDb } from "@/db/client";
import { OPEN_PAGE_MAX, openProgrammeChunks, pageBounds, parsePageQuery, type PageQuery } from "./keyset";
import { programmesCsvDocument, programmesJsonDocument } from "./programme-documents";
import { openDataRoute, openHeaders } from "./respond";

const badRequest = () =>
  new Response(JSON.stringify({ error: "bad request", detail: `cursor must come from a Link header; limit is 1-${OPEN_PAGE_MAX}` }), {
    status: 400,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" },
  });

function nextUrl(url: URL, query: PageQuery, cursor: string): string {
  const next = new URL(url.pathname, url.origin);
  next.searchParams.set("cursor", cursor);
  if (url.searchParams.has("limit")) next.searchParams.set("limit", String(query.limit));
  return next.toString();
}

function streamOf(pieces: AsyncGenerator<string, void>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await pieces.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}

function pageRoute(format: "json" | "csv") {
  return openDataRoute(`GET /api/open/programmes.${format}`, async (request: Request) => {
    const url = new URL(request.url);
    const query = parsePageQuery(url);
    if (!query) return badRequest();
    const db = getDb().db;
    const { through, next } = await pageBounds(db, query);
    const link = next ? nextUrl(url, query, next) : null;
    const rows = openProgrammeChunks(db, { after: query.after, through, limit: query.limit });
    const headers: Record<string, string> = { ...openHeaders(format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8", 60), "X-Content-Type-Options": "nosniff" };
    if (link) headers.Link = `<${link}>; rel="next"`;
    if (format === "csv") headers["Content-Disposition"] = 'attachment; filename="southbridge-programmes.csv"';
    return new Response(streamOf(format === "json" ? programmesJsonDocument(rows, { generatedAt: new Date().toISOString(), limit: query.limit, next: link }) : programmesCsvDocument(rows)), { headers });
  });
}

export const programmesJsonPage = pageRoute("json");
export const programmesCsvPage = pageRoute("csv");
