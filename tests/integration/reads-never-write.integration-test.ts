// Reads never write (issue #12): every query procedure of the router and every page read
// (server/pages) runs, as each persona, on a database connection whose MariaDB user may only
// SELECT — created here. A read that writes (a side effect, a "last seen" stamp, a warning sent
// while reading…) is refused by the server and fails the test. The worlds the reads look at are
// built beforehand with the ordinary connection.
import { TRPCError } from "@trpc/server";
import mysql from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../server/trpc/root";
import { refusalOf } from "../../server/pages/outcomes";
import { pageContext } from "../../server/pages/page-read";
import { createDb, driverErrorCode, rowsOf, type DbHandle } from "../../db/client";
import { addMembership, addPanel, createInstitution, createProgramme, createReviewer, type ProgrammeOverrides } from "../factories";
import { mysqlTestUrl } from "./support/databases";
import { openTestDb } from "./support/db";
import { AGREEMENTS_MATRIX } from "./support/matrix-agreements";
import { CATALOGUE_MATRIX } from "./support/matrix-catalogue";
import { PARTICIPATION_MATRIX } from "./support/matrix-participation";
import { REPORTS_MATRIX } from "./support/matrix-reports";
import { DISCUSSIONS_MATRIX } from "./support/matrix-discussions";
import { MATCHING_MATRIX } from "./support/matrix-matching";
import { OPEN_API_MATRIX } from "./support/matrix-open-api";
import { STEP_UP_MATRIX } from "./support/matrix-step-up";
import { COAUTHORING_MATRIX } from "./support/matrix-coauthoring";
import type { ReadCase } from "./support/page-matrix";
import { PAGE_ROWS } from "./support/page-matrix-rows";
import { buildPageScene, type PageScene } from "./support/page-scene";
import { callerAs, contextFor, viewerOf } from "./support/personas";
import { buildWorld, ofA, personOf, PERSONAS, seatRevokedReviewer, type World } from "./support/world";

const handle = openTestDb();
const { db } = handle;

/** The SELECT-only user of this test database (one per database, so parallel runs on other databases never share it). */
const TEST_URL = new URL(mysqlTestUrl());
const DATABASE = decodeURIComponent(TEST_URL.pathname.slice(1));
const READER = `ro_${DATABASE}`.slice(0, 80);
const READER_PASSWORD = "select-only-reader-2026";

let readOnly: DbHandle;

async function asRoot<T>(work: (connection: mysql.Connection) => Promise<T>): Promise<T> {
  const url = new URL(TEST_URL);
  url.pathname = "/";
  const connection = await mysql.createConnection({ uri: url.toString() });
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

beforeAll(async () => {
  await asRoot(async (c) => {
    await c.query("CREATE USER IF NOT EXISTS ?@'%' IDENTIFIED BY ?", [READER, READER_PASSWORD]);
    await c.query("REVOKE ALL PRIVILEGES, GRANT OPTION FROM ?@'%'", [READER]);
    await c.query(`GRANT SELECT ON \`${DATABASE}\`.* TO ?@'%'`, [READER]);
  });
  const url = new URL(TEST_URL);
  url.username = READER;
  url.password = READER_PASSWORD;
  readOnly = createDb({ driver: "mysql2", url: url.toString() });
});

afterAll(async () => {
  await readOnly.close();
  await handle.close();
  await asRoot((c) => c.query("DROP USER IF EXISTS ?@'%'", [READER]));
});

describe("the SELECT-only connection", () => {
  it("reads, and is refused any write (so the checks below can fail)", async () => {
    const [row] = rowsOf<{ n: number }>(await readOnly.db.execute("select count(*) as n from users"));
    expect(Number(row?.n)).toBeGreaterThan(0);
    const refusal = (write: Promise<unknown>) => write.then(() => "allowed", (error: unknown) => driverErrorCode(error));
    expect(await refusal(readOnly.db.execute("update users set name = name where id = 'x'"))).toBe("ER_TABLEACCESS_DENIED_ERROR");
    expect(await refusal(readOnly.db.execute("insert into notifications (id) values ('x')"))).toBe("ER_TABLEACCESS_DENIED_ERROR");
    expect(await refusal(readOnly.db.execute("delete from email_outbox where id = 'x'"))).toBe("ER_TABLEACCESS_DENIED_ERROR");
  });
});

/** The inputs of the query procedures the workflows' matrices do not build (the authorization matrix's own rows). */
const programmeOfA = (w: World, overrides: ProgrammeOverrides = {}) => createProgramme(w.db, { ...ofA(w), ...overrides });
const CORE_INPUTS: Record<string, (w: World) => unknown> = {
  "account.me": () => undefined,
  "account.myMemberships": () => undefined,
  "institutions.directory": () => ({ q: "Test University" }),
  "institutions.byId": async (w) => {
    const pending = await createInstitution(w.db, { status: "pending", createdByUserId: w.people.ownerA.id });
    await addMembership(w.db, { institutionId: pending.id, userId: w.people.ownerA.id, role: "owner" });
    return { institutionId: pending.id };
  },
  "institutions.verificationQueue": () => undefined,
  "memberships.list": (w) => ({ institutionId: w.a.id }),
  "admin.users": () => ({ q: "Test User", page: 1 }),
  "admin.audit": (w) => ({ institutionId: w.a.id }),
  "admin.deadLetters": () => ({ page: 1 }),
  "admin.auditChain": () => ({ afterSeq: 0 }),
  "reference.countries": () => undefined,
  "reference.sectors": () => undefined,
  "reference.mechanisms": () => undefined,
  "programmes.byId": async (w) => ({ programmeId: (await programmeOfA(w, { status: "submitted" })).id }),
  "programmes.revisionDiff": async (w) => ({ programmeId: (await programmeOfA(w, { status: "under_review", currentRevision: 2 })).id, from: 1, to: 2 }),
  "programmes.forInstitution": (w) => ({ institutionId: w.a.id }),
  "reviews.desk": () => undefined,
  "reviews.suggestPanel": async (w) => ({ programmeId: (await programmeOfA(w, { status: "submitted" })).id }),
  "reviews.myAssignments": () => undefined,
  "reviews.sheet": async (w) => {
    const programme = await programmeOfA(w, { status: "under_review" });
    const chair = await createReviewer(w.db);
    await addPanel(w.db, programme.id, { reviewers: [w.people.reviewer], chair, assignedBy: w.people.admin });
    await seatRevokedReviewer(w, programme.id);
    return { programmeId: programme.id };
  },
  "reviews.rubric": () => undefined,
  "notifications.list": () => undefined,
  "notifications.preferences": () => undefined,
};
const INPUTS: Record<string, (w: World) => unknown> = {
  ...CATALOGUE_MATRIX.inputs,
  ...PARTICIPATION_MATRIX.inputs,
  ...AGREEMENTS_MATRIX.inputs,
  ...REPORTS_MATRIX.inputs,
  ...MATCHING_MATRIX.inputs,
  ...OPEN_API_MATRIX.inputs,
  ...STEP_UP_MATRIX.inputs,
  ...COAUTHORING_MATRIX.inputs,
  ...DISCUSSIONS_MATRIX.inputs,
  ...CORE_INPUTS,
};

const QUERIES = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
  .filter(([, procedure]) => procedure._def.type === "query")
  .map(([path]) => path)
  .sort();

function procedureOf(caller: object, path: string): (input: unknown) => Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  if (typeof fn !== "function") throw new Error(`no procedure ${path} on the caller`);
  return fn as (input: unknown) => Promise<unknown>;
}

/** "ok" or the refusal code; a failure of the server (a refused write among them) is returned with its cause. */
async function readOutcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return "refused";
    const cause = error instanceof TRPCError ? error.cause : error;
    return `FAILED: ${cause instanceof Error ? cause.message : String(cause)}`;
  }
}

describe("every query procedure, as every persona, on the SELECT-only connection", () => {
  it("has an input for every query procedure of the router", () => {
    expect(QUERIES.length).toBeGreaterThan(25);
    expect(QUERIES.filter((q) => !INPUTS[q])).toEqual([]);
  });

  it.each(QUERIES.filter((q) => INPUTS[q]))(
    "%s writes nothing",
    async (procedure) => {
      const world = await buildWorld(db);
      const input = await INPUTS[procedure]!(world);
      const outcomes = await Promise.all(
        PERSONAS.map(async (persona) => {
          const caller = await callerAs(readOnly.db, personOf(world, persona));
          return [persona, await readOutcome(procedureOf(caller, procedure)(input))] as const;
        }),
      );
      expect(outcomes.filter(([, outcome]) => outcome.startsWith("FAILED"))).toEqual([]);
      // Somebody may read it: the read itself ran, not only its refusal.
      expect(outcomes.some(([, outcome]) => outcome === "ok")).toBe(true);
    },
    60_000,
  );
});

describe("every page read, as every persona, on the SELECT-only connection", () => {
  let scene: PageScene;
  beforeAll(async () => {
    scene = await buildPageScene(db);
  }, 60_000);

  const READS = Object.entries(PAGE_ROWS).flatMap(([page, row]) => (Array.isArray(row) ? row.map((c) => [`${page}${c.case ? ` (${c.case})` : ""}`, c] as const) : []));

  it.each(READS)(
    "%s writes nothing, and every persona gets what the page matrix says",
    async (_name, c: ReadCase) => {
      const outcomes = Object.fromEntries(
        await Promise.all(
          PERSONAS.map(async (persona) => {
            const person = personOf(scene, persona);
            const ctx = pageContext(contextFor(readOnly.db, person ? await viewerOf(readOnly.db, person) : null));
            try {
              await c.read.run(ctx, ...(c.args(scene) as never[]));
              return [persona, "ok"] as const;
            } catch (error) {
              const refusal = refusalOf(error);
              if (refusal) return [persona, refusal.outcome] as const;
              return [persona, `FAILED: ${error instanceof Error ? error.message : String(error)}`] as const;
            }
          }),
        ),
      ) as Record<string, string>;
      expect(outcomes).toEqual(typeof c.expect === "function" ? c.expect(scene) : c.expect);
    },
    60_000,
  );
});
