// The production server's build files (scripts/lib/build-files.mjs): compressed once with Brotli,
// answered only for the exact paths of the build folder, only to a reader that accepts Brotli.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsBrotli, precompressBuildFiles, serveBuildFile } from "../../scripts/lib/build-files.mjs";

const SCRIPT = `console.log(${JSON.stringify("x".repeat(4000))});\n`;
const STYLE = `.a{color:red}\n`.repeat(200);

describe("acceptsBrotli", () => {
  it("reads br from Accept-Encoding, and a q of 0 as a refusal", () => {
    expect(acceptsBrotli("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsBrotli("br;q=0.5, gzip")).toBe(true);
    expect(acceptsBrotli("BR")).toBe(true);
    expect(acceptsBrotli("gzip")).toBe(false);
    expect(acceptsBrotli("br;q=0")).toBe(false);
    expect(acceptsBrotli("br;q=0.0, gzip")).toBe(false);
    expect(acceptsBrotli("brotli, gzip")).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
  });
});

describe("the build files of the production server", () => {
  let dir: string;
  let server: Server;
  let files: Map<string, { body: Buffer; type: string }>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "build-files-"));
    mkdirSync(path.join(dir, "chunks"));
    writeFileSync(path.join(dir, "chunks", "app.js"), SCRIPT);
    writeFileSync(path.join(dir, "chunks", "tiny.js"), "1");
    writeFileSync(path.join(dir, "chunks", "site.css"), STYLE);
    writeFileSync(path.join(dir, "chunks", "[root]_page.js"), SCRIPT);
    writeFileSync(path.join(dir, "font.woff2"), Buffer.alloc(4096, 7));
    writeFileSync(path.join(path.dirname(dir), "secret.js"), SCRIPT);
    files = await precompressBuildFiles(dir);
    server = createServer((req, res) => {
      if (!serveBuildFile(files, req, res)) res.writeHead(404, { "x-fell-through": "1" }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
    rmSync(path.join(path.dirname(dir), "secret.js"), { force: true });
  });

  function get(url: string, headers: Record<string, string>, method = "GET"): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
    const { port } = server.address() as AddressInfo;
    return new Promise((resolve, reject) => {
      // A raw path, not normalised by a URL parser: what a script could send.
      const req = request({ host: "127.0.0.1", port, path: url, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });
  }

  it("compresses the scripts and stylesheets of at least 1 KB, and nothing else", () => {
    expect([...files.keys()].sort()).toEqual(["/_next/static/chunks/[root]_page.js", "/_next/static/chunks/app.js", "/_next/static/chunks/site.css"]);
    expect(brotliDecompressSync(files.get("/_next/static/chunks/app.js")!.body).toString()).toBe(SCRIPT);
  });

  it("answers a reader that accepts Brotli with the file, its type, a year of caching and nosniff", async () => {
    const response = await get("/_next/static/chunks/site.css?v=1", { "accept-encoding": "gzip, deflate, br" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toBe("text/css; charset=UTF-8");
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers.vary).toBe("Accept-Encoding");
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    expect(brotliDecompressSync(response.body).toString()).toBe(STYLE);
  });

  it("finds a file whose name the browser may send escaped or not", async () => {
    for (const url of ["/_next/static/chunks/[root]_page.js", "/_next/static/chunks/%5Broot%5D_page.js"]) {
      const response = await get(url, { "accept-encoding": "br" });
      expect(response.status, url).toBe(200);
      expect(brotliDecompressSync(response.body).toString(), url).toBe(SCRIPT);
    }
  });

  it("answers HEAD with the headers only", async () => {
    const response = await get("/_next/static/chunks/app.js", { "accept-encoding": "br" }, "HEAD");
    expect(response.status).toBe(200);
    expect(response.body.length).toBe(0);
  });

  it("leaves everything else to Next.js: other encodings, methods, paths, and any path outside the folder", async () => {
    const fellThrough = async (url: string, headers: Record<string, string>, method?: string) => (await get(url, headers, method)).headers["x-fell-through"];
    expect(await fellThrough("/_next/static/chunks/app.js", { "accept-encoding": "gzip" })).toBe("1");
    expect(await fellThrough("/_next/static/chunks/app.js", { "accept-encoding": "br;q=0, gzip" })).toBe("1");
    expect(await fellThrough("/_next/static/chunks/app.js", { "accept-encoding": "br" }, "POST")).toBe("1");
    expect(await fellThrough("/_next/static/chunks/tiny.js", { "accept-encoding": "br" })).toBe("1");
    expect(await fellThrough("/_next/static/font.woff2", { "accept-encoding": "br" })).toBe("1");
    for (const traversal of ["/_next/static/../secret.js", "/_next/static/chunks/../../secret.js", "/_next/static/%2e%2e/secret.js", "/_next/static/chunks/%E0%A4%A.js"]) {
      expect(await fellThrough(traversal, { "accept-encoding": "br" }), traversal).toBe("1");
    }
  });
});
