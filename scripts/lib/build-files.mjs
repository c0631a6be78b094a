// The hashed, immutable build files under /_next/static/, compressed once at Brotli's best quality
// and answered from memory (scripts/serve.mjs). Only the exact paths found in the build folder are
// answered, so no request can name a file outside it.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants } from "node:zlib";
import { BUILD_FILES_PATH, buildFileHeaders } from "../../server/http/security-headers.mjs";

/** Types of the build files worth compressing (fonts and images are compressed already). */
const TYPES = {
  ".js": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
  ".json": "application/json; charset=UTF-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=UTF-8",
};

/** The headers next.config.mjs puts on build files. */
const BUILD_FILE_HEADERS = Object.fromEntries(buildFileHeaders().map(({ key, value }) => [key, value]));

/** @typedef {Map<string, { body: Buffer, type: string }>} BuildFiles */

/**
 * Every compressible build file of at least 1 KB under `dir`: its (decoded) URL path → its Brotli body and type.
 * @param {string} dir
 * @returns {Promise<BuildFiles>}
 */
export async function precompressBuildFiles(dir) {
  /** @type {BuildFiles} */
  const files = new Map();
  const brotli = promisify(brotliCompress);
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return files; // no build yet: Next.js says so when it starts
  }
  await Promise.all(
    entries
      .map((entry) => ({ entry, type: entry.isFile() ? TYPES[path.extname(entry.name)] : undefined }))
      .filter(({ type }) => type !== undefined)
      .map(async ({ entry, type }) => {
        const full = path.join(entry.parentPath, entry.name);
        const raw = await readFile(full);
        if (raw.length < 1024) return;
        const body = await brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
        files.set(`${BUILD_FILES_PATH}${path.relative(dir, full).split(path.sep).join("/")}`, { body, type });
      }),
  );
  return files;
}

/**
 * Answers a GET or HEAD of a precompressed build file from a reader that accepts Brotli; false otherwise.
 * @param {BuildFiles} files
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function serveBuildFile(files, req, res) {
  // Every request passes here: anything but a GET or HEAD under the build path is left at once.
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url?.startsWith(BUILD_FILES_PATH)) return false;
  const file = files.get(decodedPath(req.url));
  if (!file || !acceptsBrotli(req.headers["accept-encoding"])) return false;
  res.writeHead(200, {
    "Content-Type": file.type,
    "Content-Encoding": "br",
    "Content-Length": file.body.length,
    "Cache-Control": "public, max-age=31536000, immutable",
    Vary: "Accept-Encoding",
    ...BUILD_FILE_HEADERS,
  });
  res.end(req.method === "HEAD" ? undefined : file.body);
  return true;
}

/**
 * The request's path, percent-decoded, to look up as it is (never resolved against a folder).
 * @param {string} url
 */
function decodedPath(url) {
  try {
    return decodeURIComponent(url.split("?")[0]);
  } catch {
    return undefined; // malformed escapes: Next.js answers
  }
}

/**
 * Whether an Accept-Encoding header allows br (present, and not with q=0).
 * @param {string | string[] | undefined} header
 */
export function acceptsBrotli(header) {
  if (typeof header !== "string") return false;
  return header.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding.trim() !== "br") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  });
}
