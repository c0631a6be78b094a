// `southbridge-verify` as a journalist runs it: the real command (scripts/southbridge-verify.mjs, the
// package's bin) in its own process, over HTTP, against a server answering from the real route
// handlers and database. Exit code 0 only when everything checks out.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAgreementRecord } from "../../server/transparency-log/agreement-record";
import { logSigningKey } from "../../server/transparency-log/signing-key";
import { openTestDb } from "./support/db";
import { loggedAgreement, serveLogRoutes } from "./support/transparency-log";

const handle = openTestDb();
const { db } = handle;
const dir = mkdtempSync(path.join(tmpdir(), "southbridge-verify-"));
const file = (name: string, content: unknown) => {
  const target = path.join(dir, name);
  writeFileSync(target, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return target;
};
let server: Awaited<ReturnType<typeof serveLogRoutes>>;
let origin: string;

/** Runs the command; resolves with its exit code and output whatever the code. */
async function southbridgeVerify(...args: string[]) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join("scripts", "southbridge-verify.mjs"), ...args], { cwd: process.cwd() });
    return { code: 0, stdout, stderr: "" };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let record: string;

beforeAll(async () => {
  server = await serveLogRoutes();
  origin = server.origin;

  const { agreement } = await loggedAgreement(db);
  record = JSON.stringify(await buildAgreementRecord(db, { agreementId: agreement.id, server: origin, key: logSigningKey() }), null, 2);
});

afterAll(async () => {
  await server.close();
  await handle.close();
});

describe("npx southbridge-verify", () => {
  it("prints a plain verdict and exits 0 for an intact agreement record, fetching only from the document's server", async () => {
    const { code, stdout } = await southbridgeVerify(file("agreement.json", record));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}ok {4}the agreement text hashes to/m);
    expect(stdout).toMatch(/^ {2}note {2}WARNING: the log is signed with the public DEVELOPMENT key/m);
    expect(stdout).toMatch(/^VERDICT: VERIFIED/m);
  });

  it("exits 1 with NOT VERIFIED for a record whose text was edited after download", async () => {
    const edited = record.replace(/Pseudonymised/, "Identified");
    expect(edited).not.toBe(record);
    const { code, stdout } = await southbridgeVerify(file("edited.json", edited));
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ {2}FAIL {2}the agreement text hashes to .*: the text was changed$/m);
    expect(stdout).toMatch(/^VERDICT: NOT VERIFIED/m);
  });

  it("uses a key pinned with --key, and refuses a head that another key signed", async () => {
    const key = file("key.json", logSigningKey().publicJwk);
    expect((await southbridgeVerify(file("agreement.json", record), "--key", key)).code).toBe(0);
    const other = file("other-key.json", { kty: "OKP", crv: "Ed25519", x: Buffer.alloc(32, 1).toString("base64url") });
    const { code, stdout } = await southbridgeVerify(file("agreement.json", record), "--key", other);
    expect(code).toBe(1);
    expect(stdout).toContain("FAIL  the log's tree head is NOT signed by the log's key");
  });

  it("saves a verified head with --save-head and checks the log against it with --since", async () => {
    const saved = path.join(dir, "head.json");
    expect((await southbridgeVerify(file("agreement.json", record), "--save-head", saved)).code).toBe(0);
    expect(JSON.parse(readFileSync(saved, "utf8"))).toMatchObject({ treeSize: expect.any(Number) as number, rootHash: expect.stringMatching(/^[0-9a-f]{64}$/) as string });
    const { code, stdout } = await southbridgeVerify(file("agreement.json", record), "--since", saved);
    expect(code).toBe(0);
    expect(stdout).toContain(`the head saved in ${saved}`);
  });

  it("exits 1 when the server cannot be reached, and 2 when used wrongly", async () => {
    const { code, stdout } = await southbridgeVerify(file("agreement.json", record), "--server", "http://127.0.0.1:9");
    expect(code).toBe(1);
    expect(stdout).toMatch(/FAIL {2}could not fetch the log's public key/);
    expect((await southbridgeVerify()).code).toBe(2);
    expect((await southbridgeVerify(path.join(dir, "missing.json"))).code).toBe(2);
    expect((await southbridgeVerify(file("agreement.json", record), "--unknown")).code).toBe(2);
    const help = await southbridgeVerify("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npx southbridge-verify/);
  });
});
