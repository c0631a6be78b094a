// An agreement signed through the use case (which appends its leaves in the same write) is
// downloaded as agreement.json by a party and checked with the real command, `node
// scripts/southbridge-verify.mjs`, over HTTP against the real route handlers: it verifies; once the
// agreement's content is rewritten in SQL, the downloaded record makes the command fail.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { downloadAgreementRecord } from "../../server/agreements/download-agreement-record";
import { signAgreement } from "../../server/agreements/sign-agreement";
import { agreementRow, agreementWorld, insertAgreement } from "../factories/agreements";
import { DEFAULT_TEST_PASSWORD } from "../factories";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { acting } from "./support/programmes";
import { serveLogRoutes } from "./support/transparency-log";

const handle = openTestDb();
const { db } = handle;
const dir = mkdtempSync(path.join(tmpdir(), "signed-agreement-"));
let server: Awaited<ReturnType<typeof serveLogRoutes>>;
let origin: string;

async function southbridgeVerify(file: string) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join("scripts", "southbridge-verify.mjs"), file], { cwd: process.cwd() });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

beforeAll(async () => {
  server = await serveLogRoutes();
  origin = server.origin;
});

afterAll(async () => {
  await server.close();
  await handle.close();
});

describe("a signed agreement checked with southbridge-verify", () => {
  it("verifies as signed, and fails once its content is rewritten in SQL", async () => {
    const w = await agreementWorld(db);
    const { id } = await insertAgreement(w, { status: "pending_signatures" });
    const agreement = await agreementRow(db, id);
    for (const [who, institutionId] of [[w.partnerSignatory, w.partner.id], [w.leadSignatory, w.lead.id]] as const) {
      await signAgreement(await acting(db, who), { agreementId: id, institutionId, contentHash: agreement.contentHash!, password: DEFAULT_TEST_PASSWORD });
    }
    expect((await agreementRow(db, id)).status).toBe("in_force");
    const party = await acting(db, w.partnerMember);
    const download = async (name: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, JSON.stringify((await downloadAgreementRecord(party, { agreementId: id, server: origin })).record, null, 2));
      return file;
    };

    const intact = await southbridgeVerify(await download("agreement.json"));
    expect(intact.stdout).toMatch(/^VERDICT: VERIFIED/m);
    expect(intact.code).toBe(0);

    await db.execute(sql`update agreements set content = json_set(content, '$.retentionPeriod', 'Forever') where id = ${id}`);
    const rewritten = await southbridgeVerify(await download("rewritten.json"));
    expect(rewritten.code).toBe(1);
    expect(rewritten.stdout).toMatch(/^ {2}FAIL {2}the agreement text hashes to .*: the text was changed$/m);
    expect(rewritten.stdout).toMatch(/is NOT in the log$/m);
    expect(rewritten.stdout).toMatch(/^VERDICT: NOT VERIFIED/m);
  });

  it("gives the record only to those who may see the agreement", async () => {
    const w = await agreementWorld(db);
    const { id } = await insertAgreement(w, { status: "in_force" });
    expect((await domainErrorOf(downloadAgreementRecord(await acting(db, w.strangerMember), { agreementId: id, server: origin }))).code).toBe("NOT_FOUND");
  });
});
