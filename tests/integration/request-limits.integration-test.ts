// Finding 4 of issue #11 (no request limits): a 200 MB POST to /api/trpc, without signing in,
// grew the server from 467 MB to 1.1 GB, and a batch of 200 calls was accepted. Bodies over
// 1 MB are now refused with 413 before they are parsed (or even read to the end), and a tRPC
// batch holds at most 10 calls. These tests call the real route handlers.
import { afterAll, describe, expect, it } from "vitest";
import * as authRoute from "../../app/api/auth/[...nextauth]/route";
import * as trpcRoute from "../../app/api/trpc/[trpc]/route";
import { createUser } from "../factories";
import { openTestDb, userRow } from "./support/db";
import { appOrigin, callRoute, sessionCookieFor } from "./support/route-handler";

const handle = openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const MB = 1024 * 1024;
const sameOrigin = () => ({ origin: appOrigin(), "content-type": "application/json" });

function callTrpc(path: string, init: RequestInit & { search?: string } = {}): Promise<Response> {
  const { search = "", ...rest } = init;
  const request = new Request(`${appOrigin()}/api/trpc/${path}${search}`, rest);
  return callRoute(trpcRoute, { page: "/api/trpc/[trpc]/route", params: { trpc: path } }, request);
}

/** A JSON body of exactly `bytes` bytes: {"padding":"xxxx…"}. */
function jsonOfSize(bytes: number): string {
  const frame = '{"padding":""}';
  return `{"padding":"${"x".repeat(bytes - frame.length)}"}`;
}

/** A chunked body that produces `total` bytes only when read, counting what was actually pulled. */
function meteredStream(total: number, chunkSize = 64 * 1024) {
  const chunk = new Uint8Array(chunkSize).fill(0x20);
  const meter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (meter.pulled >= total) return controller.close();
      meter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, meter };
}

describe("the size of a request body", () => {
  it("refuses a 2 MB body to /api/trpc with 413, from its Content-Length, before any sign-in", async () => {
    const body = jsonOfSize(2 * MB);
    const response = await callTrpc("account.signUp", {
      method: "POST",
      headers: { ...sameOrigin(), "content-length": String(body.length) },
      body,
    });
    expect(response.status).toBe(413);
  });

  it("cuts a 200 MB chunked body off after the first megabyte: memory does not grow with the body", async () => {
    const { stream, meter } = meteredStream(200 * MB);
    const heapBefore = process.memoryUsage().heapUsed;
    const response = await callTrpc("account.signUp", {
      method: "POST",
      headers: sameOrigin(),
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    // Read the limit and the few chunks the streams buffer ahead, then stopped: nowhere near 200 MB.
    expect(meter.pulled).toBeLessThanOrEqual(2 * MB);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * MB);
  });

  it("accepts a body just under 1 MB and lets validation answer", async () => {
    const body = jsonOfSize(MB - 1024);
    const response = await callTrpc("account.signUp", { method: "POST", headers: sameOrigin(), body });
    expect(response.status).toBe(400);
  });

  it("refuses a 2 MB body to next-auth's sign-in callback with 413", async () => {
    const body = `csrfToken=x&email=a%40example.org&password=${"x".repeat(2 * MB)}`;
    const request = new Request(`${appOrigin()}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { origin: appOrigin(), "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    const response = await callRoute(authRoute, { page: "/api/auth/[...nextauth]/route", params: { nextauth: ["callback", "credentials"] } }, request);
    expect(response.status).toBe(413);
  });
});

describe("the number of calls in one tRPC batch", () => {
  const batchOf = (n: number, procedure: string) => Array.from({ length: n }, () => procedure).join(",");
  const inputsOf = (n: number) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, {}])));

  it("refuses a batch of 11 mutations before any of them runs", async () => {
    const user = await createUser(db);
    const response = await callTrpc(batchOf(11, "account.signOutEverywhere"), {
      method: "POST",
      search: "?batch=1",
      headers: { ...sameOrigin(), cookie: await sessionCookieFor(user) },
      body: inputsOf(11),
    });
    expect([400, 413]).toContain(response.status);
    expect((await userRow(db, user.id)).sessionVersion).toBe(user.sessionVersion);
  });

  it("runs a batch of 10 mutations", async () => {
    const user = await createUser(db);
    const response = await callTrpc(batchOf(10, "account.signOutEverywhere"), {
      method: "POST",
      search: "?batch=1",
      headers: { ...sameOrigin(), cookie: await sessionCookieFor(user) },
      body: inputsOf(10),
    });
    expect(response.status).toBe(200);
    expect((await userRow(db, user.id)).sessionVersion).toBe(user.sessionVersion + 10);
  });

  it("refuses a batch of 11 queries sent by GET", async () => {
    const response = await callTrpc(batchOf(11, "reference.countries"), { search: `?batch=1&input=${encodeURIComponent(inputsOf(11))}` });
    expect([400, 413]).toContain(response.status);
  });

  it("answers a batch of 10 queries sent by GET", async () => {
    const response = await callTrpc(batchOf(10, "reference.countries"), { search: `?batch=1&input=${encodeURIComponent(inputsOf(10))}` });
    expect(response.status).toBe(200);
    expect((await response.json()) as unknown[]).toHaveLength(10);
  });
});
