// The self-hosted production server: `next start`, with the transport a slow link needs.
//   - every compressible response is compressed with Brotli when the reader accepts it (gzip
//     otherwise), streamed pages included (next.config.mjs sets `compress: false`: Next.js itself
//     only gzips);
//   - the hashed, immutable build files under /_next/static/ are compressed once, at Brotli's
//     best quality, before the server listens, and served from memory with a year of caching;
//   - a visitor's public pages are kept whole and served again with a fresh nonce until a
//     committed change touches them (scripts/lib/visitor-page-cache.mjs).
// On Vercel this file is not used: the platform's edge compresses (Brotli included).
// Usage: node scripts/serve.mjs [-p port]   (or PORT; `npm start` and the e2e tests call it)
import { createServer } from "node:http";
import path from "node:path";
import { constants } from "node:zlib";
import { precompressBuildFiles, serveBuildFile } from "./lib/build-files.mjs";
import { ROOT } from "./lib/env.mjs";
import { visitorPageCache } from "./lib/visitor-page-cache.mjs";

process.env.NODE_ENV = "production"; // before Next.js and React are loaded: they choose their builds by it
const { default: compression } = await import("compression");
const { default: next } = await import("next");

const flag = process.argv.indexOf("-p");
const port = Number(flag > 0 ? process.argv[flag + 1] : process.env.PORT || 3000);
const distDir = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next");

/** Dynamic responses: Brotli at a quality as fast as gzip's default (5 ms for a 240 KB page), a quarter smaller. */
const compress = compression({ threshold: 1024, brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } } });

const app = next({ dev: false, dir: ROOT, port });
const handle = app.getRequestHandler();
const [buildFiles] = await Promise.all([precompressBuildFiles(path.join(distDir, "static")), app.prepare()]);

/** Whole visitor pages, served with a fresh nonce (scripts/lib/visitor-page-cache.mjs). */
const visitorPages = visitorPageCache();

const server = createServer((req, res) => {
  if (serveBuildFile(buildFiles, req, res)) return;
  compress(req, res, () =>
    visitorPages.answer(req, res, () => {
      handle(req, res).catch((error) => {
        // Next.js answers its own errors; this is the last resort, and says nothing of the cause.
        console.error(error);
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=UTF-8" });
        res.end("Internal Server Error");
      });
    }),
  );
});
server.keepAliveTimeout = 5_000;
server.listen(port, () => console.log(`▲ Southbridge on http://localhost:${port} (${buildFiles.size} build files precompressed)`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
