// A PlanetScale HTTP endpoint for tests: speaks the API that @planetscale/database calls
// (POST /psdb.v1alpha1.Database/CreateSession and /Execute, JSON, basic auth) and forwards
// each statement to a MySQL/MariaDB server through mysql2. No network is needed, and the
// application's own driver path (db/client.ts) runs exactly as against PlanetScale.
//
// What it keeps from the real service (see docs/ARCHITECTURE.md, "Database"):
//  - one statement per request: the upstream connections refuse multi-statements, as Vitess'
//    parser does (database-js issues #85, #119);
//  - credentials select the database: user = database name, password = the endpoint's;
//  - autocommit statements run on a pool; BEGIN gives the session one dedicated connection
//    until COMMIT or ROLLBACK (then it is released), and a transaction expires after
//    TRANSACTION_TIMEOUT_MS like Vitess' transaction killer;
//  - a transaction serves one request at a time: a second concurrent request on it is refused
//    ("in use", ABORTED), as vttablet does (database-js issue #95);
//  - affected rows are rows matched (PlanetScale sessions have clientFoundRows: true; mysql2
//    connects with CLIENT_FOUND_ROWS, the same);
//  - the session is opaque and signed: a forged or stale one is refused;
//  - results and errors in the wire format of vitess-result.ts / vitess-errors.ts.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import mysql from "mysql2/promise";
import { sqlError, vitessError, type VitessError } from "./vitess-errors";
import { okResult, rowsResult, type ColumnDefinition, type VitessResult } from "./vitess-result";

export const CREATE_SESSION_PATH = "/psdb.v1alpha1.Database/CreateSession";
export const EXECUTE_PATH = "/psdb.v1alpha1.Database/Execute";
/** Vitess kills a transaction open longer than this (PlanetScale: 20 s). */
export const TRANSACTION_TIMEOUT_MS = 20_000;

type VitessSession = {
  autocommit: true;
  options: { includedFields: "ALL"; clientFoundRows: true };
  inTransaction?: boolean;
  foundRows?: string;
  rowCount?: string;
  lastInsertId?: string;
  DDLStrategy: "direct";
  SessionUUID: string;
  enableSystemSettings: true;
};
type Session = { signature: string; vitessSession: VitessSession };

type Transaction = { id: string; database: string; connection: mysql.PoolConnection; busy: boolean; timer: NodeJS.Timeout; expired: boolean };

export type Endpoint = {
  /** The http URL a PlanetScale client uses for `database` (credentials included). */
  urlFor(database: string): string;
  port: number;
  /** Requests served, and transactions still open (tests check none is left behind). */
  stats(): { requests: number; openTransactions: number };
  close(): Promise<void>;
};

export type EndpointOptions = {
  /** mysql2 URL of the server the statements are forwarded to (its database name is ignored). */
  upstream: string;
  port?: number;
  password?: string;
  transactionTimeoutMs?: number;
};

const DATABASE_NAME = /^[A-Za-z0-9_]+$/;

export async function startEndpoint(options: EndpointOptions): Promise<Endpoint> {
  const password = options.password ?? randomBytes(18).toString("base64url");
  const secret = randomBytes(32);
  const timeoutMs = options.transactionTimeoutMs ?? TRANSACTION_TIMEOUT_MS;
  const pools = new Map<string, mysql.Pool>();
  const transactions = new Map<string, Transaction>();
  let requests = 0;

  const poolFor = (database: string) => {
    let pool = pools.get(database);
    if (!pool) {
      const uri = new URL(options.upstream);
      uri.pathname = `/${database}`;
      // mysql2's defaults, as the application's own mysql2 pool: CLIENT_FOUND_ROWS on, multi-statements off.
      pool = mysql.createPool({ uri: uri.toString(), connectionLimit: 12, supportBigNumbers: true, bigNumberStrings: true });
      pools.set(database, pool);
    }
    return pool;
  };

  const sign = (vitessSession: VitessSession) => createHmac("sha256", secret).update(JSON.stringify(vitessSession)).digest("base64");
  const newSession = (): VitessSession => ({
    autocommit: true,
    options: { includedFields: "ALL", clientFoundRows: true },
    DDLStrategy: "direct",
    SessionUUID: randomBytes(16).toString("base64url"),
    enableSystemSettings: true,
  });
  const verified = (session: unknown): VitessSession | undefined => {
    const s = session as Session | null | undefined;
    if (!s || typeof s.signature !== "string" || !s.vitessSession) return undefined;
    const expected = Buffer.from(sign(s.vitessSession));
    const given = Buffer.from(s.signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? s.vitessSession : undefined;
  };
  const sealed = (vitessSession: VitessSession): Session => ({ signature: sign(vitessSession), vitessSession });

  const endTransaction = (tx: Transaction, reusable: boolean) => {
    clearTimeout(tx.timer);
    transactions.delete(tx.id);
    if (reusable) tx.connection.release();
    else tx.connection.destroy();
  };

  async function begin(database: string, id: string): Promise<Transaction> {
    const connection = await poolFor(database).getConnection();
    try {
      await connection.query("BEGIN");
    } catch (error) {
      connection.destroy();
      throw error;
    }
    const tx: Transaction = { id, database, connection, busy: false, expired: false, timer: setTimeout(() => expire(), timeoutMs) };
    const expire = () => {
      tx.expired = true;
      if (!tx.busy) void tx.connection.query("ROLLBACK").then(() => endTransaction(tx, true), () => endTransaction(tx, false));
    };
    transactions.set(id, tx);
    return tx;
  }

  /** Runs one statement and returns the Vitess result, or the MySQL error as Vitess reports it. */
  async function run(executor: mysql.Pool | mysql.PoolConnection, database: string, query: string): Promise<{ result: VitessResult; rows: number; affected: string; insertId: string } | { error: VitessError; errno?: number }> {
    try {
      const [rows, fields] = await executor.query({ sql: query, rowsAsArray: true, typeCast: (field: { buffer(): Buffer | null }) => copy(field.buffer()) } as mysql.QueryOptions);
      if (Array.isArray(rows) && fields) {
        return { result: rowsResult(fields as unknown as ColumnDefinition[], rows as unknown as (Buffer | null)[][]), rows: rows.length, affected: "-1", insertId: "0" };
      }
      const header = rows as mysql.ResultSetHeader;
      return { result: okResult(header.affectedRows, header.insertId), rows: 0, affected: String(header.affectedRows), insertId: String(header.insertId) };
    } catch (error) {
      const e = error as { errno?: number; sqlState?: string; sqlMessage?: string; message: string };
      if (e.errno === undefined) throw error; // not a MySQL error: the connection failed
      return { error: sqlError({ database, user: database, query, errno: e.errno, sqlState: e.sqlState, message: e.sqlMessage ?? e.message }), errno: e.errno };
    }
  }

  async function execute(database: string, query: string, incoming: unknown): Promise<{ session: Session; result?: VitessResult; error?: VitessError }> {
    const session = incoming == null ? newSession() : verified(incoming);
    if (!session) return { session: sealed(newSession()), error: vitessError("INVALID_ARGUMENT", "invalid session signature") };
    const next: VitessSession = { ...session };
    delete next.inTransaction;
    let tx = session.inTransaction ? transactions.get(session.SessionUUID) : undefined;
    if (session.inTransaction && (!tx || tx.expired || tx.database !== database)) {
      return { session: sealed(next), error: vitessError("ABORTED", `transaction ${session.SessionUUID}: ended (exceeded timeout: ${timeoutMs / 1000}s)`) };
    }
    if (tx?.busy) {
      next.inTransaction = true;
      return { session: sealed(next), error: vitessError("ABORTED", `transaction ${tx.id}: in use: for query`) };
    }
    const kind = statementKind(query);
    if (kind === "begin") {
      if (tx) {
        // BEGIN inside a transaction commits it first (MySQL's implicit commit; Vitess does the same).
        const committed = await finish(tx, "COMMIT");
        if (committed) return { session: sealed(next), error: committed };
      }
      tx = await begin(database, session.SessionUUID);
      next.inTransaction = true;
      return { session: sealed(next), result: {} };
    }
    if (kind === "commit" || kind === "rollback") {
      if (!tx) return { session: sealed(next), result: {} };
      const error = await finish(tx, kind === "commit" ? "COMMIT" : "ROLLBACK");
      return error ? { session: sealed(next), error } : { session: sealed(next), result: {} };
    }
    const open = tx;
    if (open) open.busy = true;
    try {
      const outcome = await run(open ? open.connection : poolFor(database), database, query);
      if (open) next.inTransaction = !(("errno" in outcome && outcome.errno === 1213) || open.expired);
      if ("error" in outcome) return { session: sealed(next), error: outcome.error };
      if (outcome.rows) next.foundRows = String(outcome.rows);
      if (outcome.affected !== "0") next.rowCount = outcome.affected;
      if (outcome.insertId !== "0") next.lastInsertId = outcome.insertId;
      return { session: sealed(next), result: outcome.result };
    } finally {
      if (open) {
        open.busy = false;
        // A deadlock rolled the transaction back in MySQL; an expired one is rolled back now.
        if (!next.inTransaction) void open.connection.query("ROLLBACK").then(() => endTransaction(open, true), () => endTransaction(open, false));
      }
    }
  }

  /** COMMIT or ROLLBACK, then the connection goes back to the pool (destroyed if its state is unknown). */
  async function finish(tx: Transaction, statement: "COMMIT" | "ROLLBACK"): Promise<VitessError | undefined> {
    tx.busy = true;
    try {
      await tx.connection.query(statement);
      endTransaction(tx, true);
      return undefined;
    } catch (error) {
      endTransaction(tx, false);
      const e = error as { errno?: number; sqlState?: string; sqlMessage?: string; message: string };
      return sqlError({ database: tx.database, user: tx.database, query: statement, errno: e.errno, sqlState: e.sqlState, message: e.sqlMessage ?? e.message });
    }
  }

  const server = http.createServer((req, res) => {
    requests++;
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      void (async () => {
        if (req.method !== "POST" || (req.url !== EXECUTE_PATH && req.url !== CREATE_SESSION_PATH)) return reply(404, { error: { message: `no route ${req.method} ${req.url}`, code: "NOT_FOUND" } });
        const database = authenticated(req.headers.authorization, password);
        if (!database) return reply(401, { error: { message: "invalid credentials", code: "UNAUTHENTICATED" } });
        let body: { query?: unknown; session?: unknown };
        try {
          body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as typeof body;
        } catch {
          return reply(400, { error: { message: "request body is not JSON", code: "INVALID_ARGUMENT" } });
        }
        if (req.url === CREATE_SESSION_PATH) return reply(200, { branch: database, user: { username: database, role: "admin" }, session: sealed(newSession()) });
        if (typeof body.query !== "string") return reply(400, { error: { message: "query is required", code: "INVALID_ARGUMENT" } });
        const started = performance.now();
        try {
          const answer = await execute(database, body.query, body.session);
          reply(200, { ...answer, timing: (performance.now() - started) / 1000 });
        } catch (error) {
          reply(503, { error: { message: `upstream unavailable: ${(error as Error).message}`, code: "UNAVAILABLE" } });
        }
      })();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    urlFor(database) {
      if (!DATABASE_NAME.test(database)) throw new Error(`invalid database name "${database}"`);
      return `http://${database}:${password}@127.0.0.1:${port}`;
    },
    stats: () => ({ requests, openTransactions: transactions.size }),
    async close() {
      for (const tx of [...transactions.values()]) endTransaction(tx, false);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...pools.values()].map((pool) => pool.end()));
    },
  };
}

/** The database named by basic-auth credentials carrying the endpoint's password. */
function authenticated(header: string | undefined, password: string): string | undefined {
  const match = /^Basic (.+)$/.exec(header ?? "");
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const user = decodeURIComponent(decoded.slice(0, colon));
  const given = Buffer.from(decoded.slice(colon + 1));
  const expected = Buffer.from(password);
  if (colon < 0 || !DATABASE_NAME.test(user) || given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return user;
}

/** Transaction control is handled by the endpoint (as vtgate does); everything else goes to MySQL. */
export function statementKind(query: string): "begin" | "commit" | "rollback" | "other" {
  const text = query.replace(/^(\s|\/\*[\s\S]*?\*\/)+/, "").toLowerCase();
  if (/^(begin(\s+work)?|start\s+transaction\b[^;]*)\s*;?\s*$/.test(text)) return "begin";
  if (/^commit(\s+work)?\s*;?\s*$/.test(text)) return "commit";
  if (/^rollback(\s+work)?\s*;?\s*$/.test(text)) return "rollback";
  return "other";
}

const copy = (value: Buffer | null) => (value === null ? null : Buffer.from(value));
