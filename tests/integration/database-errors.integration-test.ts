// Finding 7 of issue #11: an impossible date (2026-02-31) or an unknown mechanism or country code
// came back as a 500 naming tables and constraints. Now validation refuses them with a field
// message (a `validation.*` key of the catalogue), and, as a safety net, any database refusal
// that still happens becomes BAD_REQUEST or CONFLICT without a schema name, and anything else
// INTERNAL_SERVER_ERROR with only a request id (the details in the server log).
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "../../db/client";
import { newId } from "../../db/ids";
import { institutions, programmes, users } from "../../db/schema";
import { createTRPCRouter, publicProcedure } from "../../server/trpc/init";
import { addMembership, completeContent, createInstitution, createProgramme, createUser, type Institution, type User } from "../factories";
import { openTestDb } from "./support/db";
import { callOverHttp, type HttpAnswer } from "./support/http";

/** Words that would tell an outsider about the schema or the driver. */
const SCHEMA_WORDS = /`|constraint|foreign key|duplicate entry|incorrect \w+ value|out of range|data too long|errno|sqlstate|insert into|update \w|select \w|lead_institution|hub_country|country_code|_fk|_uq/i;

/** The answer without the procedure's own path (e.g. "programmes.create"), which is no secret. */
const withoutPath = (answer: HttpAnswer) => answer.text.replaceAll(`"path":${JSON.stringify(answer.json.error?.data.path ?? "")}`, "");

let handle: DbHandle;
let owner: User;
let lead: Institution;

beforeAll(async () => {
  handle = openTestDb();
  owner = await createUser(handle.db);
  lead = await createInstitution(handle.db, { createdByUserId: owner.id });
  await addMembership(handle.db, { institutionId: lead.id, userId: owner.id, role: "owner" });
});

afterAll(async () => {
  await handle.close();
});

describe("impossible dates and unknown codes are refused by validation, field by field", () => {
  const proposal = (overrides: Record<string, unknown>) => ({ leadInstitutionId: lead.id, ...completeContent(), ...overrides });
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["an impossible start date", { startDate: "2026-02-31" }, "startDate", "validation.dateInvalid"],
    ["an impossible deadline", { applicationDeadline: "2026-13-01" }, "applicationDeadline", "validation.dateInvalid"],
    ["an unknown mechanism", { mechanismCode: "NO_SUCH_MECHANISM" }, "mechanismCode", "validation.mechanismUnknown"],
    ["an unknown hub country", { hubCountry: "XX" }, "hubCountry", "validation.countryUnknown"],
    ["an unknown spillover country", { spilloverCountries: ["TZ", "QQ"] }, "spilloverCountries", "validation.countryUnknown"],
    ["an unknown sector", { sectors: ["agriculture", "astrology"] }, "sectors", "validation.sectorUnknown"],
    ["an unknown currency", { budgetCurrency: "ZZZ" }, "budgetCurrency", "validation.currencyUnknown"],
    ["an unknown language", { languages: ["en", "qz"] }, "languages", "validation.languageUnknown"],
  ];

  it.each(cases)("refuses a proposal with %s as BAD_REQUEST naming the field", async (_what, overrides, field, key) => {
    const before = await handle.db.select({ n: sql<number>`count(*)` }).from(programmes).where(eq(programmes.leadInstitutionId, lead.id));
    const answer = await callOverHttp(handle.db, owner, "programmes.create", proposal(overrides), "mutation");
    expect(answer.status).toBe(400);
    const fieldErrors = answer.json.error!.data.fieldErrors as Record<string, string[]>;
    expect(fieldErrors[field]).toContain(key);
    expect(withoutPath(answer)).not.toMatch(SCHEMA_WORDS);
    const after = await handle.db.select({ n: sql<number>`count(*)` }).from(programmes).where(eq(programmes.leadInstitutionId, lead.id));
    expect(after).toEqual(before);
  });

  it("refuses an institution in an unknown country as BAD_REQUEST naming the field", async () => {
    const user = await createUser(handle.db);
    const input = {
      name: "Institute of Nowhere",
      acronym: "",
      countryCode: "XX",
      type: "university",
      website: "https://nowhere.example.test",
      emailDomains: ["nowhere.example.test"],
      description: "An institution in a country that does not exist.",
      rorId: "",
    };
    const answer = await callOverHttp(handle.db, user, "institutions.register", input, "mutation");
    expect(answer.status).toBe(400);
    expect((answer.json.error!.data.fieldErrors as Record<string, string[]>).countryCode).toContain("validation.countryUnknown");
    expect(withoutPath(answer)).not.toMatch(SCHEMA_WORDS);
  });

  it("refuses an impossible date in an update of an existing draft, and leaves the draft as it was", async () => {
    const draft = await createProgramme(handle.db, { leadInstitutionId: lead.id, createdByUserId: owner.id });
    const answer = await callOverHttp(handle.db, owner, "programmes.update", { programmeId: draft.id, version: draft.version, endDate: "2027-02-29" }, "mutation");
    expect(answer.status).toBe(400);
    expect((answer.json.error!.data.fieldErrors as Record<string, string[]>).endDate).toContain("validation.dateInvalid");
    const [row] = await handle.db.select().from(programmes).where(eq(programmes.id, draft.id));
    expect(row).toEqual(draft);
  });

  it("accepts a real 29 February", async () => {
    const answer = await callOverHttp(handle.db, owner, "programmes.create", proposal({ startDate: "2028-02-29", endDate: "2028-12-31", applicationDeadline: "2028-01-31" }), "mutation");
    expect(answer.status).toBe(200);
  });
});

describe("the safety net: database refusals and unexpected failures say nothing about the schema", () => {
  /** Procedures of the real procedure builder (same middleware and error formatter as the app) that make the database refuse a write. */
  const failing = (db: DbHandle["db"], row: { institutionId: string; programmeId: string; email: string }) =>
    createTRPCRouter({
      duplicateKey: publicProcedure.mutation(() => db.insert(users).values({ id: newId(), email: row.email, name: "Twin", passwordHash: "x" })),
      foreignKey: publicProcedure.mutation(() => db.update(programmes).set({ hubCountry: "XX" }).where(eq(programmes.id, row.programmeId))),
      dataTooLong: publicProcedure.mutation(() => db.update(institutions).set({ name: "n".repeat(5000) }).where(eq(institutions.id, row.institutionId))),
      outOfRange: publicProcedure.mutation(() => db.update(institutions).set({ version: 99_999_999_999 }).where(eq(institutions.id, row.institutionId))),
      invalidDate: publicProcedure.mutation(() => db.update(programmes).set({ startDate: "2026-02-31" }).where(eq(programmes.id, row.programmeId))),
      unexpected: publicProcedure.mutation(() => {
        throw new Error("the secret_table_name exploded at constraint fk_secret");
      }),
    });

  let router: ReturnType<typeof failing>;
  let programmeId: string;
  beforeAll(async () => {
    const programme = await createProgramme(handle.db, { leadInstitutionId: lead.id, createdByUserId: owner.id });
    programmeId = programme.id;
    router = failing(handle.db, { institutionId: lead.id, programmeId, email: owner.email });
  });

  it.each([
    ["a duplicate key", "duplicateKey", 409, "CONFLICT"],
    ["a missing foreign key", "foreignKey", 400, "VALIDATION"],
    ["a value too long", "dataTooLong", 400, "VALIDATION"],
    ["a number out of range", "outOfRange", 400, "VALIDATION"],
    ["an invalid date", "invalidDate", 400, "VALIDATION"],
  ])("answers %s with a plain code and no schema name", async (_what, path, status, domainCode) => {
    const answer = await callOverHttp(handle.db, null, path, undefined, "mutation", router);
    expect(answer.status).toBe(status);
    expect(answer.json.error!.data.domainCode).toBe(domainCode);
    expect(answer.json.error!.message).toBe(domainCode);
    expect(withoutPath(answer)).not.toMatch(SCHEMA_WORDS);
    const [row] = await handle.db.select().from(institutions).where(eq(institutions.id, lead.id));
    expect(row).toEqual(lead);
  });

  it("answers anything else with INTERNAL_SERVER_ERROR carrying only a request id, the details logged under it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const answer = await callOverHttp(handle.db, null, "unexpected", undefined, "mutation", router);
      expect(answer.status).toBe(500);
      const { message, data } = answer.json.error!;
      expect(message).toMatch(/^INTERNAL_SERVER_ERROR request [0-9a-f-]{36}$/);
      expect(data.requestId).toBe(message.split(" ").pop());
      expect(answer.text).not.toContain("secret");
      expect(log).toHaveBeenCalledTimes(1);
      const [logged, error] = log.mock.calls[0]! as unknown[];
      expect(String(logged)).toContain(`[request ${String(data.requestId)}]`);
      expect(String(error)).toContain("secret_table_name");
    } finally {
      log.mockRestore();
    }
  });
});
