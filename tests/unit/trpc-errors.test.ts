// How refusals reach a client: the real router behind the real fetch adapter (as in
// app/api/trpc/[trpc]/route.ts). None of these requests gets as far as the database.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { Database } from "../../db/client";
import type { Viewer } from "../../server/authz/viewer";
import { appRouter, createCaller } from "../../server/trpc/root";

/** A database that fails the test if anything reaches it. */
const untouchableDb = new Proxy({}, { get: (_t, prop) => { throw new Error(`the database was used (${String(prop)})`); } }) as Database;
const signedIn: Viewer = { userId: "u0000000000000000001", email: "u@example.test", name: "U", locale: "en", sessionVersion: 1, roles: [], memberships: [] };
const meta = { ip: "127.0.0.1", userAgent: "vitest", locale: "en" };

type ErrorBody = { error: { message: string; data: { code: string; httpStatus: number; domainCode: string | null; fieldErrors: Record<string, string[]> | null } } };

async function post(path: string, input: unknown, viewer: Viewer) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) }),
    router: appRouter,
    // As the route's context: a mutation's count is taken with the viewer (here: within the cap).
    createContext: () => ({ db: untouchableDb, viewer, meta, mutationQuota: { limited: false as const } }),
  });
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

async function get(path: string, viewer: Viewer) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`),
    router: appRouter,
    createContext: () => ({ db: untouchableDb, viewer, meta }),
  });
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

describe("errors at the tRPC boundary", () => {
  it("refuses an invalid input with BAD_REQUEST (400), not as a server error", async () => {
    const { status, body } = await post("institutions.register", { name: "X", countryCode: "KE" }, signedIn);
    expect(body.error.data.code).toBe("BAD_REQUEST");
    expect(status).toBe(400);
  });

  it("returns the validation.* keys of the fields that failed, for the form to translate", async () => {
    const { body } = await post("institutions.register", { name: "X", countryCode: "KE" }, signedIn);
    const fieldErrors = body.error.data.fieldErrors ?? {};
    expect(fieldErrors.name).toEqual(["validation.nameLength"]);
    expect(Object.keys(fieldErrors)).toEqual(expect.arrayContaining(["name", "website", "emailDomains", "description", "type"]));
  });

  it("refuses an invalid input through the in-process caller with BAD_REQUEST too", async () => {
    const caller = createCaller({ db: untouchableDb, viewer: signedIn, meta });
    const error = await caller.institutions.byId({ institutionId: "not-an-id" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });

  it("turns a domain refusal into its transport code and keeps the domain code for the message", async () => {
    const { status, body } = await get("account.me", null);
    expect(status).toBe(401);
    expect(body.error.data).toMatchObject({ code: "UNAUTHORIZED", domainCode: "UNAUTHENTICATED" });
  });

  it("never sends a stack trace to the client", async () => {
    const { body } = await get("account.me", null);
    expect(JSON.stringify(body)).not.toMatch(/\.ts:\d+/);
  });
});
