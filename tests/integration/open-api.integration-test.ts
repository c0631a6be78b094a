// The open API: its OpenAPI 3.1 document is valid (swagger-parser), and every documented route,
// called through the real route handler, answers 200 with a body that the document's own JSON
// Schema for it accepts (ajv, draft 2020-12) — plus its documented refusals.
import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv2020 from "ajv/dist/2020";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REST_ROUTES } from "../../server/open-api/rest-routes";
import { createInstitution, createUser } from "../factories";
import { createOpenProgramme } from "../factories/participation";
import { createReport } from "../factories/reports";
import { openTestDb } from "./support/db";
import { getOpenApiDocument, getV1 } from "./support/open-api";

const handle = openTestDb();
const { db } = handle;

type Operation = { operationId: string; parameters: { name: string; in: string; required: boolean; schema: { type?: string; maxLength?: number; enum?: unknown[] } }[]; responses: Record<string, { content?: { "application/json": { schema: object } } }> };
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

let document: Document;
/** A valid value of each path parameter, made in the database. */
const PATH_VALUES: Record<string, string> = {};

beforeAll(async () => {
  document = (await getOpenApiDocument()) as Document;
  const admin = await createUser(db);
  const lead = await createInstitution(db, { createdByUserId: admin.id });
  const programme = await createOpenProgramme(db, { leadInstitutionId: lead.id, createdByUserId: admin.id });
  const report = await createReport(db, { createdByUserId: admin.id, status: "published" });
  Object.assign(PATH_VALUES, { reference: programme.reference, programmeId: programme.id, institutionId: lead.id, slug: report.slug });
});

afterAll(async () => {
  await handle.close();
});

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const operations = () => Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
const concrete = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(PATH_VALUES[name] ?? `missing-${name}`));

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document (swagger-parser)", async () => {
    expect(document.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it("documents every REST route once, with its path parameters", () => {
    expect(operations().map((o) => o.op.operationId).sort()).toEqual(REST_ROUTES.map((r) => r.operationId).sort());
    for (const { path, op } of operations()) {
      const inPath = op.parameters.filter((p) => p.in === "path").map((p) => p.name);
      expect(inPath.sort(), path).toEqual([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
    }
  });

  it("describes dates as date-time strings and bounds every string parameter (a length or a list of values) it takes from the procedures", () => {
    const text = JSON.stringify(document);
    expect(text).toContain('"format":"date-time"');
    for (const { op } of operations()) {
      for (const parameter of op.parameters) {
        if (parameter.schema.type === "string") expect(parameter.schema.enum?.length ?? parameter.schema.maxLength ?? 0, parameter.name).toBeGreaterThan(0);
      }
    }
  });
});

describe("every documented route answers as documented", () => {
  it("answers 200 with a body its documented schema accepts, anonymously", async () => {
    const checked: string[] = [];
    for (const { path, op } of operations()) {
      const response = await getV1(concrete(path));
      const body: unknown = await response.json();
      expect(response.status, `${path}: ${JSON.stringify(body).slice(0, 300)}`).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const validate = ajv.compile(op.responses["200"]!.content!["application/json"].schema);
      expect(validate(body) ? [] : validate.errors, path).toEqual([]);
      checked.push(op.operationId);
    }
    expect(checked).toHaveLength(REST_ROUTES.length);
  });

  it("reads query parameters as the procedure's input (a page number, a filter)", async () => {
    const response = await getV1(`/programmes?status=open&page=1&q=${encodeURIComponent("nothing-matches-this-zzzz")}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ items: [], total: 0, page: 1 });
    const reports = await getV1("/reports?page=2");
    expect(reports.status).toBe(200);
    expect(await reports.json()).toMatchObject({ page: 2 });
  });

  it("answers 404 with the documented error body for an unknown object and for an unknown route", async () => {
    const ajvError = ajv.compile({ ...(document as unknown as { components: { schemas: { Error: object } } }).components.schemas.Error });
    for (const path of ["/programmes/PRG-1999-9999", "/institutions/00000000000000000000", "/reports/no-such-report", "/nothing-here"]) {
      const response = await getV1(path);
      expect(response.status, path).toBe(404);
      const body: unknown = await response.json();
      expect(ajvError(body) ? [] : ajvError.errors, path).toEqual([]);
    }
  });

  it("answers 400 for a malformed parameter", async () => {
    const response = await getV1("/institutions/not-an-id");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
  });

  it("refuses a malformed or unknown bearer token with 401, never as a visitor", async () => {
    for (const token of ["not-a-token", `sbt_${"A".repeat(43)}`]) {
      const response = await getV1("/programmes", token);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });
});
