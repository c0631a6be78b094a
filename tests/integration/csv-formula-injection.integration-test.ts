// Finding 5 of issue #11: a name beginning with `=HYPERLINK(` went into every CSV export as it
// was, and a spreadsheet opening the file ran it. Every CSV the platform serves — institutions,
// programmes, a published report — now starts such a cell with a quote (`'=`), read back here
// through the real route handlers; and sectors are checked against the reference list on write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import { GET as institutionsCsv } from "../../app/api/open/institutions.csv/route";
import { GET as programmesCsvDump } from "../../app/api/open/dumps/programmes.csv/route";
import { GET as programmesCsv } from "../../app/api/open/programmes.csv/route";
import { GET as reportFile } from "../../app/api/open/reports/[report]/route";
import { createAdmin, createInstitution, createProgramme, createUser, addMembership, type Institution, type User } from "../factories";
import { uniquePeriod } from "../factories/reports";
import { allPages } from "./support/open-data-pages";
import { openTestDb } from "./support/db";
import { outcomeOf } from "./support/errors";
import { callerAs } from "./support/personas";

const FORMULA = '=HYPERLINK("http://x","y")';
/** The same cell as written in the file: quoted (it holds a comma), quotes doubled. */
const WRITTEN = `"'=HYPERLINK(""http://x"",""y"")"`;

let handle: DbHandle;
let owner: User;
let institution: Institution;
let reference: string;

beforeAll(async () => {
  handle = openTestDb();
  owner = await createUser(handle.db);
  institution = await createInstitution(handle.db, { name: FORMULA, createdByUserId: owner.id });
  await addMembership(handle.db, { institutionId: institution.id, userId: owner.id, role: "owner" });
  const programme = await createProgramme(handle.db, { leadInstitutionId: institution.id, createdByUserId: owner.id, status: "open", publishedAt: new Date(), title: `${FORMULA} programme` });
  reference = programme.reference;
});

afterAll(async () => {
  await handle.close();
});

const lineWith = (csv: string, needle: string) => csv.split("\r\n").find((l) => l.includes(needle));

describe("CSV exports and formula injection", () => {
  it("writes an institution named =HYPERLINK(…) into institutions.csv with a leading quote", async () => {
    const csv = await (await institutionsCsv()).text();
    const line = lineWith(csv, institution.id);
    expect(line).toBeDefined();
    expect(line).toContain(`,${WRITTEN},`);
    expect(line).not.toMatch(/(^|,)"?=/);
  });

  it.each([
    ["programmes.csv (pages)", async () => (await allPages(programmesCsv, "http://localhost/api/open/programmes.csv?limit=1000")).join("")],
    ["dumps/programmes.csv", async () => (await programmesCsvDump(new Request("http://localhost/api/open/dumps/programmes.csv"))).text()],
  ])("writes that institution as a programme's lead into %s with a leading quote, and the title too", async (_name, read) => {
    const csv = await read();
    const line = lineWith(csv, `${reference},`);
    expect(line).toBeDefined();
    expect(line).toContain(`,${WRITTEN},`);
    expect(line).toContain(`"'=HYPERLINK(""http://x"",""y"") programme"`);
    expect(line).not.toMatch(/(^|,)"?[=+@-]/);
  });

  it("writes a report titled =HYPERLINK(…) into the report CSV with a leading quote", async () => {
    const admin = await createAdmin(handle.db);
    const api = await callerAs(handle.db, admin);
    const created = await api.reports.create({ title: FORMULA, ...uniquePeriod() });
    const report = await api.reports.adminById({ reportId: created.reportId });
    await api.reports.publish({ reportId: created.reportId, version: report.report.version });
    const response = await reportFile(new Request(`http://localhost/api/open/reports/${created.slug}.csv`), { params: Promise.resolve({ report: `${created.slug}.csv` }) });
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(lineWith(csv, "report,title,")).toBe(`report,title,,,,${WRITTEN}`);
    expect(csv).not.toContain(",=");
  });

  it("keeps numeric columns numeric: capacity and budget stay bare numbers", async () => {
    const csv = await (await programmesCsvDump(new Request("http://localhost/api/open/dumps/programmes.csv"))).text();
    const line = lineWith(csv, `${reference},`)!;
    expect(line).toMatch(/,200,\d+,250000,USD,/);
  });
});

describe("sectors on write", () => {
  it("refuses a proposal naming a sector that is not in the reference list", async () => {
    const api = await callerAs(handle.db, owner);
    const outcome = await outcomeOf(api.programmes.create({ leadInstitutionId: institution.id, title: "A proposal with an invented sector", sectors: ["agriculture", "not_a_sector"] }));
    expect(outcome).toBe("BAD_REQUEST");
  });

  it("accepts a proposal naming only sectors of the reference list", async () => {
    const api = await callerAs(handle.db, owner);
    const outcome = await outcomeOf(api.programmes.create({ leadInstitutionId: institution.id, title: "A proposal with known sectors", sectors: ["agriculture", "health"] }));
    expect(outcome).toBe("ok");
  });
});
