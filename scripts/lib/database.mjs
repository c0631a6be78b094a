// Finds (or starts) the MySQL/MariaDB server that start.mjs and test.mjs use, in this order:
//  (a) DATABASE_URL (or, for PlanetScale, a PlanetScale URL or DATABASE_HOST/USERNAME/PASSWORD) from the environment;
//  (b) a server on 127.0.0.1:3306 that accepts root with an empty password;
//  (c) a project-local server (mariadbd or mysqld) with its data in .data/mysql, started detached
//      on 127.0.0.1:3307 (or the next free port) and reused by later runs;
//  (d) otherwise a DatabaseUnavailableError carrying one line telling what to install.
//
// CLI: `node scripts/lib/database.mjs [name]` prints the URL for database `name` (default southbridge).
//
// Overrides (mostly for testing this file):
//   SOUTHBRIDGE_DB_PROBE_PORT   port probed in (b), default 3306
//   SOUTHBRIDGE_DB_PORT         first port tried for the project-local server, default 3307
//   SOUTHBRIDGE_DB_SEARCH_PATH  directories searched for mariadbd/mysqld, default $PATH:/usr/sbin:/usr/local/sbin
//
// mysql2 is imported lazily so that this module can be loaded before `npm ci` has run.
import { spawn, spawnSync } from "node:child_process";
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DATA_DIR } from "./env.mjs";

export const MISSING_DATABASE_MESSAGE =
  "Southbridge needs MySQL 8 or MariaDB 10.11+: install one (e.g. apt-get install mariadb-server) or set DATABASE_URL.";

export class DatabaseUnavailableError extends Error {
  constructor(message = MISSING_DATABASE_MESSAGE) {
    super(message);
    this.name = "DatabaseUnavailableError";
  }
}

const LOCAL_DIR = path.join(DATA_DIR, "mysql");
const SOCKET = path.join(DATA_DIR, "mysql.sock");
const PID_FILE = path.join(DATA_DIR, "mysql.pid");
const PORT_FILE = path.join(DATA_DIR, "mysql.port");
const LOG_FILE = path.join(DATA_DIR, "mysql.log");
const LOCK_DIR = path.join(DATA_DIR, "mysql.lock");

const log = (line) => process.stderr.write(`${line}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Does the environment already name a database (a MySQL URL, or PlanetScale: a PlanetScale URL or the trio)? */
export function configuredDatabase(env = process.env) {
  const url = env.DATABASE_URL?.trim();
  if (url) return isPlanetScaleUrl(url) ? { kind: "planetscale" } : { kind: "url", url };
  if (env.DATABASE_HOST && env.DATABASE_USERNAME && env.DATABASE_PASSWORD) return { kind: "planetscale" };
  return undefined;
}

/** A URL db/client.ts opens with PlanetScale's HTTP driver (an http(s) URL or a *.psdb.cloud host). */
function isPlanetScaleUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" || parsed.hostname.endsWith(".psdb.cloud");
  } catch {
    return false;
  }
}

/** The same server URL with another database name (PlanetScale URLs are returned unchanged). */
export function withDatabaseName(url, name) {
  const parsed = new URL(url);
  if (parsed.hostname.endsWith(".psdb.cloud")) return url;
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * The URL of database `name`, finding or starting a server as described at the top of this file.
 *  - keepConfiguredName: true (npm start) uses DATABASE_URL exactly as given and returns undefined
 *    when only the PlanetScale trio is set (the environment is then already complete);
 *  - keepConfiguredName: false (tests) keeps DATABASE_URL's server but swaps in `name`, and ignores
 *    PlanetScale, URL or trio (tests need a server on which they may create and drop databases).
 * @param {string} name
 * @param {{ keepConfiguredName?: boolean, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<string | undefined>}
 */
export async function databaseUrl(name, { keepConfiguredName = false, env = process.env } = {}) {
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`invalid database name "${name}"`);
  const configured = configuredDatabase(env);
  if (configured?.kind === "url") return keepConfiguredName ? configured.url : withDatabaseName(configured.url, name);
  if (configured?.kind === "planetscale" && keepConfiguredName) return undefined; // the environment is complete
  const server = await findServer(env);
  return `${server}${name}`;
}

let serverPromise;

/** `mysql://root@127.0.0.1:<port>/` of a usable server (cached per process). */
export function findServer(env = process.env) {
  serverPromise ??= locateServer(env).catch((error) => {
    serverPromise = undefined;
    throw error;
  });
  return serverPromise;
}

async function locateServer(env) {
  const probePort = Number(env.SOUTHBRIDGE_DB_PROBE_PORT || 3306);
  if (await accepts(probePort)) return `mysql://root@127.0.0.1:${probePort}/`;
  const server = findServerBinary(env);
  if (!server) throw new DatabaseUnavailableError();
  const port = await startLocalServer(server, env);
  return `mysql://root@127.0.0.1:${port}/`;
}

async function mysql2() {
  const mod = await import("mysql2/promise");
  return mod.default ?? mod;
}

/** Does a server on 127.0.0.1:port accept root with an empty password? */
async function accepts(port, timeoutMs = 1500) {
  if (!(await portOpen(port, timeoutMs))) return false;
  const mysql = await mysql2();
  try {
    const connection = await mysql.createConnection({ host: "127.0.0.1", port, user: "root", password: "", connectTimeout: timeoutMs });
    await connection.query("SELECT 1");
    await connection.end();
    return true;
  } catch {
    return false;
  }
}

/** Something listens on 127.0.0.1:port (cheap check before talking MySQL). */
function portOpen(port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function searchDirs(env) {
  const dirs = env.SOUTHBRIDGE_DB_SEARCH_PATH ?? `${env.PATH ?? ""}:/usr/sbin:/usr/local/sbin`;
  return [...new Set(dirs.split(path.delimiter).filter(Boolean))];
}

function which(names, dirs) {
  for (const dir of dirs) {
    for (const name of names) {
      const file = path.join(dir, name);
      if (executable(file)) return file;
    }
  }
  return undefined;
}

/** mariadbd or mysqld, and how to initialise its data directory. */
function findServerBinary(env) {
  const dirs = searchDirs(env);
  const daemon = which(["mariadbd", "mysqld"], dirs);
  if (!daemon) return undefined;
  const version = spawnSync(daemon, ["--version"], { encoding: "utf8" }).stdout ?? "";
  const mariadb = path.basename(daemon) === "mariadbd" || /mariadb/i.test(version);
  // Look next to the daemon first (…/sbin → …/bin), then on the search path.
  const near = [path.dirname(daemon), path.join(path.dirname(daemon), "..", "bin"), path.join(path.dirname(daemon), "..", "scripts")];
  const installDb = mariadb ? which(["mariadb-install-db", "mysql_install_db"], [...near, ...dirs]) : undefined;
  return { daemon, mariadb, installDb, basedir: path.resolve(path.dirname(daemon), "..") };
}

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

function readNumber(file) {
  try {
    const n = Number(readFileSync(file, "utf8").trim());
    return Number.isInteger(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** Is `pid` alive and (where /proc tells) our server on .data/mysql rather than a recycled pid? */
function ownServer(pid) {
  if (!alive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(LOCAL_DIR);
  } catch {
    return true;
  }
}

function logTail(lines = 15) {
  try {
    return readFileSync(LOG_FILE, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Serialises concurrent starts (npm start and npm test at the same time) with an atomic mkdir. */
async function withLock(fn) {
  mkdirSync(DATA_DIR, { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const age = Date.now() - (statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(LOCK_DIR, { recursive: true, force: true });
      else if (waited > 120_000) throw new Error(`${LOCK_DIR} is held by another process; remove it if stale`);
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

async function startLocalServer(server, env) {
  return withLock(async () => {
    // Reuse a server started earlier (by this or another run).
    const pid = readNumber(PID_FILE);
    const knownPort = readNumber(PORT_FILE);
    if (pid && ownServer(pid) && knownPort) {
      if (await waitUntilAccepting(knownPort, 60_000, pid)) return knownPort;
      throw new Error(`the project-local database server (pid ${pid}) does not answer on port ${knownPort}; see ${LOG_FILE}:\n${logTail()}`);
    }
    if (pid && !ownServer(pid)) rmSync(PID_FILE, { force: true });

    if (!initialised()) initialise(server);

    const port = await freePort(Number(env.SOUTHBRIDGE_DB_PORT || 3307));
    writeFileSync(PORT_FILE, `${port}\n`);
    rmSync(SOCKET, { force: true });
    log(`Starting a project-local ${server.mariadb ? "MariaDB" : "MySQL"} server on 127.0.0.1:${port} (data in .data/mysql, log in .data/mysql.log)`);
    const args = [
      "--no-defaults",
      `--datadir=${LOCAL_DIR}`,
      `--port=${port}`,
      "--bind-address=127.0.0.1",
      `--socket=${SOCKET}`,
      `--pid-file=${PID_FILE}`,
      `--log-error=${LOG_FILE}`,
      "--character-set-server=utf8mb4",
      "--collation-server=utf8mb4_unicode_ci",
      ...(server.mariadb ? [] : ["--mysqlx=OFF"]),
      ...(asRoot ? ["--user=root"] : []),
    ];
    const out = openSync(LOG_FILE, "a");
    const child = spawn(server.daemon, args, { cwd: DATA_DIR, detached: true, stdio: ["ignore", out, out] });
    closeSync(out);
    let exited = false;
    child.once("exit", () => (exited = true));
    child.once("error", () => (exited = true));
    child.unref();
    const ok = await waitUntilAccepting(port, 60_000, child.pid, () => exited);
    if (!ok) {
      throw new Error(`the project-local database server did not start; last lines of ${LOG_FILE}:\n${logTail()}`);
    }
    return port;
  });
}

function initialised() {
  return existsSync(LOCAL_DIR) && readdirSync(LOCAL_DIR).includes("mysql");
}

function initialise(server) {
  rmSync(LOCAL_DIR, { recursive: true, force: true });
  mkdirSync(LOCAL_DIR, { recursive: true });
  log(`Initialising a project-local database in .data/mysql (first run)…`);
  let command;
  if (server.mariadb) {
    if (!server.installDb) throw new Error(`found ${server.daemon} but not mariadb-install-db to initialise .data/mysql`);
    command = [
      server.installDb,
      "--no-defaults",
      "--auth-root-authentication-method=normal",
      `--datadir=${LOCAL_DIR}`,
      "--skip-test-db",
      ...(existsSync(path.join(server.basedir, "share")) ? [`--basedir=${server.basedir}`] : []),
      ...(asRoot ? ["--user=root"] : []),
    ];
  } else {
    command = [server.daemon, "--no-defaults", "--initialize-insecure", `--datadir=${LOCAL_DIR}`, ...(asRoot ? ["--user=root"] : [])];
  }
  const result = spawnSync(command[0], command.slice(1), { encoding: "utf8" });
  writeFileSync(LOG_FILE, `${result.stdout ?? ""}${result.stderr ?? ""}`, { flag: "a" });
  if (result.status !== 0) {
    rmSync(LOCAL_DIR, { recursive: true, force: true });
    throw new Error(`initialising .data/mysql failed (${path.basename(command[0])}); last lines of ${LOG_FILE}:\n${logTail()}`);
  }
}

async function waitUntilAccepting(port, timeoutMs, pid, hasExited = () => false) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await accepts(port, 1000)) return true;
    if (hasExited() || (pid && !alive(pid))) return false;
    await sleep(300);
  }
  return false;
}

/** First port from `start` on which nothing listens and we may bind. */
async function freePort(start) {
  for (let port = start; port < start + 50; port++) {
    const free = await new Promise((resolve) => {
      const probe = net.createServer();
      probe.once("error", () => resolve(false));
      probe.listen({ host: "127.0.0.1", port }, () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port for the project-local database between ${start} and ${start + 49}`);
}

/** Drops a database (used to give each e2e run a clean one). The server must already exist. */
export async function dropDatabase(url) {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`refusing to drop database "${name}"`);
  parsed.pathname = "/";
  const mysql = await mysql2();
  const connection = await mysql.createConnection({ uri: parsed.toString(), connectTimeout: 5000 });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
}

/** The URL without its password, for printing. */
export function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url;
  }
}

// CLI: print the URL of a database (default southbridge), starting a local server if needed.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const name = process.argv[2] ?? "southbridge";
  try {
    const url = await databaseUrl(name, { keepConfiguredName: name === "southbridge" });
    console.log(url ?? "(PlanetScale: DATABASE_URL or DATABASE_HOST/USERNAME/PASSWORD from the environment)");
  } catch (error) {
    console.error(error instanceof DatabaseUnavailableError ? error.message : `database: ${error.message}`);
    process.exit(1);
  }
}
