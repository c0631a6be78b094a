// /api/open/iati-activities.xml: approved programmes as IATI 2.03 activities, valid against the
// official schema (checked with xmllint), with the organisations, dates, countries, sectors,
// budget and results of each; proposals not approved are not published.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "../../app/api/open/iati-activities.xml/route";
import { DEFAULT_REPORTING_ORG_REF } from "../../server/reports/iati";
import { createInstitution, createProgramme, createUser, STARTED_DATES, type Programme } from "../factories";
import { addParticipation } from "../factories/reports";
import { openTestDb } from "./support/db";

const handle = openTestDb();
const { db } = handle;
const SCHEMA = path.join(process.cwd(), "db", "reference", "iati", "iati-activities-schema.xsd");

let xml: string;
let file: string;
const mine: Record<string, Programme> = {};

/** The <iati-activity> element of a programme, or undefined when the file does not have it. */
const activityOf = (p: Programme) => {
  const id = `<iati-identifier>${DEFAULT_REPORTING_ORG_REF}-${p.reference}</iati-identifier>`;
  return xml.split("</iati-activity>").find((chunk) => chunk.includes(id));
};
const percentages = (activity: string, element: string) => [...activity.matchAll(new RegExp(`<${element} [^>]*percentage="([0-9.]+)"`, "g"))].map((m) => Number(m[1]));

beforeAll(async () => {
  const owner = await createUser(db);
  const [lead, coLead, participant] = await Promise.all([
    createInstitution(db, { createdByUserId: owner.id, name: "Lead & Partners <IATI> University" }),
    createInstitution(db, { createdByUserId: owner.id, countryCode: "CN", type: "research_institute" }),
    createInstitution(db, { createdByUserId: owner.id, countryCode: "BR", type: "government_agency" }),
  ]);
  const of = { leadInstitutionId: lead.id, createdByUserId: owner.id };
  const now = new Date();
  [mine.open, mine.active, mine.completed, mine.cancelled, mine.approved, mine.underReview, mine.draft, mine.ownSectors] = await Promise.all([
    createProgramme(db, { ...of, status: "open", coLeadInstitutionIds: [coLead.id], publishedAt: now }),
    createProgramme(db, { ...of, status: "active", startedAt: now }),
    createProgramme(db, {
      ...of,
      status: "completed",
      startedAt: now,
      closedAt: now,
      outcomeReport: { results: [{ metric: "people_trained", target: 200, description: "Data scientists trained", achieved: 173 }], narrative: "Done." },
    }),
    createProgramme(db, { ...of, status: "cancelled", closedAt: now, cancellationReason: "No funding" }),
    createProgramme(db, { ...of, status: "approved" }),
    createProgramme(db, { ...of, status: "under_review" }),
    createProgramme(db, { ...of, status: "draft" }),
    createProgramme(db, { ...of, status: "open", sectors: ["language_technology"], spilloverCountries: ["TZ", "UG", "RW", "BI", "SS"] }),
  ]);
  await addParticipation(db, { programmeId: mine.open.id, institutionId: participant.id, appliedByUserId: owner.id, status: "accepted" });
  const response = await GET(new Request("http://localhost/api/open/iati-activities.xml"));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("application/xml");
  xml = await response.text();
  file = path.join(mkdtempSync(path.join(tmpdir(), "iati-")), "iati-activities.xml");
  writeFileSync(file, xml);
});

afterAll(async () => {
  await handle.close();
});

describe("the IATI activity file", () => {
  it("validates against the official IATI 2.03 activity schema", () => {
    // Throws (non-zero exit) with xmllint's messages when the file is not valid.
    const output = execFileSync("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(output).toBe("");
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<iati-activities version="2.03" /);
  });

  it("publishes approved, open, active, completed and cancelled programmes, and no proposal that is not approved", () => {
    for (const key of ["open", "active", "completed", "cancelled", "approved", "ownSectors"]) expect(activityOf(mine[key]!), key).toBeDefined();
    expect(activityOf(mine.underReview!)).toBeUndefined();
    expect(activityOf(mine.draft!)).toBeUndefined();
  });

  it("maps each status to the ActivityStatus codelist", () => {
    const status = (key: string) => /<activity-status code="(\d)"\/>/.exec(activityOf(mine[key]!)!)?.[1];
    expect({ approved: status("approved"), open: status("open"), active: status("active"), completed: status("completed"), cancelled: status("cancelled") }).toEqual({
      approved: "1",
      open: "1",
      active: "2",
      completed: "4",
      cancelled: "5",
    });
  });

  it("names the platform as reporting organisation and the lead, co-leads, participants and funders with their roles", () => {
    const open = activityOf(mine.open!)!;
    expect(open).toContain(`<reporting-org ref="${DEFAULT_REPORTING_ORG_REF}" type="90" secondary-reporter="1">`);
    expect(open).toContain(`<participating-org role="2" type="80"><narrative>Lead &amp; Partners &lt;IATI&gt; University</narrative></participating-org>`);
    expect(open).toContain(`<participating-org role="4" type="80"><narrative>Lead &amp; Partners &lt;IATI&gt; University</narrative></participating-org>`);
    expect(open).toMatch(/<participating-org role="4" type="80"><narrative>Test University [^<]+<\/narrative>/);
    expect(open).toMatch(/<participating-org role="4" type="10"><narrative>Test University [^<]+<\/narrative>/);
    expect(open).toContain(`<participating-org role="1"><narrative>Partner ministries</narrative></participating-org>`);
  });

  it("gives recipient countries and sectors percentages that add up to 100", () => {
    for (const key of ["open", "ownSectors"]) {
      const a = activityOf(mine[key]!)!;
      expect(percentages(a, "recipient-country").reduce((s, p) => s + Math.round(p * 100), 0), key).toBe(10000);
      expect(percentages(a, "sector").reduce((s, p) => s + Math.round(p * 100), 0), key).toBe(10000);
    }
    const open = activityOf(mine.open!)!;
    expect(open).toContain(`<recipient-country code="KE" percentage="33.34"/>`);
    expect(open).toContain(`<sector vocabulary="1" code="31120" percentage="50"/>`);
    expect(open).toContain(`<sector vocabulary="1" code="12220" percentage="50"/>`);
    // No DAC code for language technology: the platform's own code, vocabulary 99.
    expect(activityOf(mine.ownSectors!)).toContain(`<sector vocabulary="99" code="language_technology" percentage="100"/>`);
    expect(percentages(activityOf(mine.ownSectors!)!, "recipient-country")).toHaveLength(6);
  });

  it("gives planned and actual dates, the budget, and each outcome's target — with the actual value once completed", () => {
    const completed = activityOf(mine.completed!)!;
    const today = new Date().toISOString().slice(0, 10);
    // A completed programme started on or after its planned start date (the factory's STARTED_DATES).
    expect(completed).toContain(`<activity-date type="1" iso-date="${STARTED_DATES.startDate}"/>`);
    expect(completed).toContain(`<activity-date type="2" iso-date="${today}"/>`);
    expect(completed).toContain(`<activity-date type="3" iso-date="${STARTED_DATES.endDate}"/>`);
    expect(completed).toContain(`<activity-date type="4" iso-date="${today}"/>`);
    expect(completed).toContain(`<value currency="USD" value-date="${STARTED_DATES.startDate}">250000.00</value>`);
    expect(completed).toContain(`<target value="200"/><actual value="173"/>`);
    const open = activityOf(mine.open!)!;
    expect(open).toContain(`<target value="200"/></period>`);
    expect(open).not.toContain("<actual");
    expect(open).not.toContain(`<activity-date type="2"`);
  });
});
