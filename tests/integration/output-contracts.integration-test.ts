// Finding 9 of issue #11 and the contract rule: public outputs were whole rows —
// `programmes.byId` gave anyone the creator's user id. Now every procedure a visitor can call
// has an output schema, every open-data file is built from one, and here each is held to an
// explicit allow-list of field paths (support/public-allow-lists.ts), called for real as a
// visitor, and scanned for user ids, emails and audit details.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import { GET as auditHeadJson } from "../../app/api/open/audit-head.json/route";
import { GET as iatiXml } from "../../app/api/open/iati-activities.xml/route";
import { GET as institutionsCsv } from "../../app/api/open/institutions.csv/route";
import { GET as institutionsJson } from "../../app/api/open/institutions.json/route";
import { GET as programmesCsv } from "../../app/api/open/programmes.csv/route";
import { GET as programmesJson } from "../../app/api/open/programmes.json/route";
import { GET as programmesCsvDump } from "../../app/api/open/dumps/programmes.csv/route";
import { GET as programmesJsonDump } from "../../app/api/open/dumps/programmes.json/route";
import { GET as reportsJson } from "../../app/api/open/reports.json/route";
import { GET as reportFile } from "../../app/api/open/reports/[report]/route";
import * as openData from "../../server/open-data/contracts";
import { appRouter } from "../../server/trpc/root";
import * as account from "../../server/trpc/outputs/account";
import * as directory from "../../server/trpc/outputs/directory";
import * as programmeOutputs from "../../server/trpc/outputs/programmes";
import * as reports from "../../server/trpc/outputs/reports";
import * as discussions from "../../server/trpc/outputs/discussions";
import { postMessage } from "../../server/discussions/post-message";
import { startThread } from "../../server/discussions/start-thread";
import { addMembership, createAdmin, createInstitution, createProgramme, createUser, type Institution, type User } from "../factories";
import { addParticipation, uniquePeriod } from "../factories/reports";
import { openTestDb } from "./support/db";
import { pathsOfSchema, pathsOutside, privateFacts } from "./support/field-paths";
import { actingAs, callerAs, type Caller } from "./support/personas";
import { OWN_ADDRESS_ECHO, PUBLIC_ALLOW_LISTS, PUBLIC_HASHES } from "./support/public-allow-lists";
import { emailChangeToken, passwordResetToken, verificationToken } from "./support/world";

/** The contract each allow-list holds; for procedures that show more to parties, the visitor view. */
const CONTRACTS: Record<string, unknown> = {
  "programmes.byId": programmeOutputs.programmeVisitorView,
  "catalogue.search": programmeOutputs.catalogueSearchOutput,
  "catalogue.byReference": programmeOutputs.catalogueByReferenceOutput,
  "institutions.directory": directory.directoryOutput,
  "institutions.byId": directory.institutionVisitorView,
  "reference.countries": directory.countriesOutput,
  "reference.sectors": directory.sectorsOutput,
  "reference.mechanisms": directory.mechanismsOutput,
  "reports.published": reports.publishedReportsOutput,
  "discussions.list": discussions.threadListOutput,
  "discussions.thread": discussions.threadOutput,
  "discussions.publicQuestions": discussions.publicQuestionsOutput,
  "reports.bySlug": reports.publishedReportOutput,
  "account.signUp": account.signUpOutput,
  "account.requestPasswordReset": account.passwordResetRequestOutput,
  "account.resendVerification": account.passwordResetRequestOutput,
  "account.verifyEmail": account.ownEmailOutput,
  "account.resetPassword": account.ownEmailOutput,
  "account.confirmEmailChange": account.ownEmailOutput,
  "/api/open/institutions.json": openData.institutionsFileOut,
  "/api/open/institutions.csv": openData.openInstitutionOut,
  "/api/open/programmes.json": openData.programmesPageOut,
  "/api/open/programmes.csv": openData.openProgrammeOut,
  "/api/open/dumps/programmes.json": openData.programmesFileOut,
  "/api/open/dumps/programmes.csv": openData.openProgrammeOut,
  "/api/open/reports.json": openData.reportsIndexOut,
  "/api/open/reports/<slug>.json": openData.reportFileOut,
  "/api/open/iati-activities.xml": openData.iatiActivitiesOut,
  "/api/open/audit-head.json": openData.auditHeadFileOut,
};

let handle: DbHandle;
let owner: User;
let coLeadOwner: User;
let outsider: User;
let admin: User;
let lead: Institution;
let programme: { id: string; reference: string };
let slug: string;
let openProgrammeId: string;
let questionId: string;
let userIds: string[];

beforeAll(async () => {
  handle = openTestDb();
  const db = handle.db;
  [owner, coLeadOwner, outsider, admin] = await Promise.all([createUser(db), createUser(db), createUser(db), createAdmin(db)]);
  lead = await createInstitution(db, { createdByUserId: owner.id });
  const [coLead, participant, other] = await Promise.all([
    createInstitution(db, { createdByUserId: coLeadOwner.id, countryCode: "GH" }),
    createInstitution(db, { createdByUserId: coLeadOwner.id, countryCode: "TZ" }),
    createInstitution(db, { createdByUserId: outsider.id }),
  ]);
  await Promise.all([
    addMembership(db, { institutionId: lead.id, userId: owner.id, role: "owner" }),
    addMembership(db, { institutionId: coLead.id, userId: coLeadOwner.id, role: "owner" }),
    addMembership(db, { institutionId: other.id, userId: outsider.id, role: "owner" }),
  ]);
  programme = await createProgramme(db, {
    leadInstitutionId: lead.id,
    createdByUserId: owner.id,
    coLeadInstitutionIds: [coLead.id],
    status: "active",
    publishedAt: new Date(),
    startedAt: new Date(),
    acceptedCount: 1,
  });
  await addParticipation(db, { programmeId: programme.id, institutionId: participant.id, appliedByUserId: coLeadOwner.id, status: "accepted" });
  const api = await callerAs(db, admin);
  const created = await api.reports.create({ title: "Contract test report", ...uniquePeriod() });
  const draft = await api.reports.adminById({ reportId: created.reportId });
  await api.reports.publish({ reportId: created.reportId, version: draft.report.version });
  slug = created.slug;
  // A public question on an open programme: asked by a member of another institution, answered by the lead.
  const open = await createProgramme(db, { leadInstitutionId: lead.id, createdByUserId: owner.id, status: "open", publishedAt: new Date() });
  openProgrammeId = open.id;
  const asked = await startThread(await actingAs(db, outsider), { audience: "public", programmeId: open.id, subject: "Who may apply?", body: "May a university apply?", mentions: [] });
  questionId = asked.threadId;
  await postMessage(await actingAs(db, owner), { threadId: asked.threadId, body: "Yes, any verified institution.", mentions: [] });
  userIds = [owner.id, coLeadOwner.id, outsider.id, admin.id];
});

afterAll(async () => {
  await handle.close();
});

/** Each public procedure, called as a visitor with real input. */
const VISITOR_CALLS: Record<string, (api: Caller) => Promise<unknown>> = {
  "programmes.byId": (api) => api.programmes.byId({ programmeId: programme.id }),
  "catalogue.search": (api) => api.catalogue.search({ status: "active" }),
  "catalogue.byReference": (api) => api.catalogue.byReference({ reference: programme.reference }),
  "institutions.directory": (api) => api.institutions.directory({}),
  "institutions.byId": (api) => api.institutions.byId({ institutionId: lead.id }),
  "reference.countries": (api) => api.reference.countries(),
  "reference.sectors": (api) => api.reference.sectors(),
  "reference.mechanisms": (api) => api.reference.mechanisms(),
  "reports.published": (api) => api.reports.published({ page: 1 }),
  "discussions.list": (api) => api.discussions.list({ on: "programme", programmeId: openProgrammeId, audience: "public", page: 1 }),
  "discussions.thread": (api) => api.discussions.thread({ threadId: questionId, page: 1 }),
  "discussions.publicQuestions": (api) => api.discussions.publicQuestions({ programmeId: openProgrammeId, page: 1 }),
  "reports.bySlug": (api) => api.reports.bySlug({ slug }),
  "account.signUp": (api) => api.account.signUp({ name: "New Visitor", email: `contract-${Date.now()}@example.test`, password: "A-long-password-2026", locale: "en" }),
  "account.requestPasswordReset": (api) => api.account.requestPasswordReset({ email: owner.email, locale: "en" }),
  "account.resendVerification": (api) => api.account.resendVerification({ email: owner.email, locale: "en" }),
  "account.verifyEmail": async (api) => api.account.verifyEmail({ token: await verificationToken(handle.db) }),
  "account.resetPassword": async (api) => api.account.resetPassword({ token: await passwordResetToken(handle.db), password: "Another-long-password-2026" }),
  "account.confirmEmailChange": async (api) => api.account.confirmEmailChange({ token: await emailChangeToken(handle.db) }),
};

const json = async (response: Response) => {
  expect(response.status).toBe(200);
  return (await response.json()) as unknown;
};
const csvHeader = async (response: Response) => {
  expect(response.status).toBe(200);
  return (await response.text()).split("\r\n")[0]!.split(",");
};
const OPEN_FILES: Record<string, () => Promise<unknown>> = {
  "/api/open/institutions.json": async () => json(await institutionsJson()),
  "/api/open/programmes.json": async () => json(await programmesJson(new Request("http://localhost/api/open/programmes.json"))),
  "/api/open/dumps/programmes.json": async () => json(await programmesJsonDump(new Request("http://localhost/api/open/dumps/programmes.json"))),
  "/api/open/reports.json": async () => json(await reportsJson(new Request("http://localhost/api/open/reports.json"))),
  "/api/open/reports/<slug>.json": async () => json(await reportFile(new Request(`http://localhost/api/open/reports/${slug}.json`), { params: Promise.resolve({ report: `${slug}.json` }) })),
  "/api/open/audit-head.json": async () => json(await auditHeadJson()),
};

describe("output contracts of public procedures", () => {
  it("every procedure a visitor can call has an output contract, and each is held to an allow-list here", async () => {
    const visitor = await callerAs(handle.db, null);
    const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string; output?: unknown } }>);
    const openToVisitors: string[] = [];
    for (const [path, procedure] of procedures) {
      const call = (visitor as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[path.split(".")[0]!]![path.split(".")[1]!]!;
      // An invalid input: a procedure that first checks who is calling refuses with UNAUTHORIZED.
      const code = await call({ "": "" }).then(
        () => "ok",
        (error: { code?: string }) => error.code,
      );
      if (code !== "UNAUTHORIZED") openToVisitors.push(path);
      if (code !== "UNAUTHORIZED") expect(procedure._def.output, `${path} has no .output() contract`).toBeDefined();
    }
    expect(openToVisitors.sort()).toEqual(Object.keys(VISITOR_CALLS).sort());
  });

  it.each(Object.keys(CONTRACTS))("the contract of %s lists exactly its allow-list", (name) => {
    expect([...pathsOfSchema(CONTRACTS[name])].sort()).toEqual([...PUBLIC_ALLOW_LISTS[name]!].sort());
  });

  it.each(Object.keys(VISITOR_CALLS))("%s, called by a visitor, returns only allowed fields and nothing private", async (name) => {
    const output = JSON.parse(JSON.stringify(await VISITOR_CALLS[name]!(await callerAs(handle.db, null)))) as unknown;
    expect(pathsOutside(output, PUBLIC_ALLOW_LISTS[name]!)).toEqual([]);
    const echo = (OWN_ADDRESS_ECHO as readonly string[]).includes(name);
    expect(privateFacts(output, userIds, PUBLIC_HASHES[name]).filter((f) => !(echo && f.startsWith(".email:")))).toEqual([]);
  });

  it("programmes.byId never names who created the programme, to anyone", async () => {
    for (const who of [null, outsider, owner, admin]) {
      const output = await (await callerAs(handle.db, who)).programmes.byId({ programmeId: programme.id });
      expect(JSON.stringify(output)).not.toContain(owner.id);
      expect(output.programme).not.toHaveProperty("createdByUserId");
    }
  });

  it("a signed-in member of another institution sees the visitor view of a programme and an institution", async () => {
    const api = await callerAs(handle.db, outsider);
    const seen = { "programmes.byId": await api.programmes.byId({ programmeId: programme.id }), "institutions.byId": await api.institutions.byId({ institutionId: lead.id }) };
    expect(seen["programmes.byId"].canSeePrivate).toBe(false);
    expect(seen["institutions.byId"].private).toBeNull();
    for (const [name, output] of Object.entries(seen)) expect(pathsOutside(JSON.parse(JSON.stringify(output)), PUBLIC_ALLOW_LISTS[name]!)).toEqual([]);
  });

  it("the lead's owner sees the party view, with its history, through the same contract", async () => {
    const output = await (await callerAs(handle.db, owner)).programmes.byId({ programmeId: programme.id });
    expect(output.canSeePrivate).toBe(true);
    expect(programmeOutputs.programmePartyView.safeParse(output).success).toBe(true);
  });
});

describe("output contracts of open-data files", () => {
  it.each(Object.keys(OPEN_FILES))("%s holds only allowed fields and nothing private", async (name) => {
    const body = await OPEN_FILES[name]!();
    expect(pathsOutside(body, PUBLIC_ALLOW_LISTS[name]!)).toEqual([]);
    expect(privateFacts(body, userIds, PUBLIC_HASHES[name])).toEqual([]);
  });

  it.each([
    ["/api/open/institutions.csv", institutionsCsv],
    ["/api/open/programmes.csv", programmesCsv],
    ["/api/open/dumps/programmes.csv", programmesCsvDump],
  ] as const)("%s has exactly the columns of its record contract", async (name, get) => {
    expect(await csvHeader(await get(new Request(`http://localhost${name}`)))).toEqual(PUBLIC_ALLOW_LISTS[name]!.map((p) => p.replace("[]", "")));
  });

  it("the IATI activities name no user and no email", async () => {
    const response = await iatiXml(new Request("http://localhost/api/open/iati-activities.xml"));
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toContain(programme.reference);
    for (const id of userIds) expect(xml).not.toContain(id);
    expect(xml).not.toMatch(/[^\s@"<>]+@[^\s@"<>]+\.[a-z]{2,}/i);
  });

  it("the report CSV holds only the public figures' rows", async () => {
    const response = await reportFile(new Request(`http://localhost/api/open/reports/${slug}.csv`), { params: Promise.resolve({ report: `${slug}.csv` }) });
    const text = await response.text();
    expect(text.split("\r\n")[0]).toBe("section,figure,key,name,currency,value");
    for (const id of userIds) expect(text).not.toContain(id);
  });
});
