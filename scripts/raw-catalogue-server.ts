// The yardstick of `npm run bench`: a plain node:http + mysql2 server that serves the same rows
// as the catalogue's first page (the same page of ids in the same order, joined to their lead,
// and the total), as JSON, with nothing else — no framework, no rendering, no viewer. The bench
// compares the app's throughput with this one's, side by side on the same database.
// Usage: DATABASE_URL=mysql://… tsx scripts/raw-catalogue-server.ts [port=3215]
import { createServer } from "node:http";
import mysql from "mysql2/promise";

const PAGE_SIZE = 20;

export function startRawServer(databaseUrl: string, port: number): Promise<{ close(): Promise<void> }> {
  const pool = mysql.createPool({ uri: databaseUrl, connectionLimit: 10 });
  const server = createServer((req, res) => {
    void (async () => {
      if (req.url === "/health") {
        res.writeHead(200, { "content-type": "text/plain" }).end("ok");
        return;
      }
      if (!req.url?.startsWith("/programmes")) {
        res.writeHead(404).end();
        return;
      }
      const page = Math.max(1, Number(new URL(req.url, "http://x").searchParams.get("page")) || 1);
      const [[rows], [totals]] = await Promise.all([
        pool.query(
          `select p.reference, p.title, p.summary, p.status, p.working_area, p.format, p.is_flagship, i.name as lead_name, i.country_code as lead_country,
                  p.hub_country, p.spillover_countries, p.sectors, p.mechanism_code, p.languages, p.application_deadline, p.capacity, p.accepted_count, p.start_date, p.end_date
           from (select id from programmes where is_public = 1 order by is_flagship desc, published_at desc, reference limit ? offset ?) ids
           join programmes p on p.id = ids.id join institutions i on i.id = p.lead_institution_id
           order by p.is_flagship desc, p.published_at desc, p.reference`,
          [PAGE_SIZE, (page - 1) * PAGE_SIZE],
        ),
        pool.query("select count(*) as total from programmes where is_public = 1"),
      ]);
      const total = Number((totals as { total: number }[])[0]?.total ?? 0);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ items: rows, total, page, pageSize: PAGE_SIZE }));
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () =>
      resolve({
        close: async () => {
          await new Promise<void>((done) => server.close(() => done()));
          await pool.end();
        },
      }),
    );
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required");
  const port = Number(process.argv[2] ?? 3215);
  await startRawServer(url, port);
  console.log(`raw catalogue server on http://127.0.0.1:${port}/programmes`);
}
