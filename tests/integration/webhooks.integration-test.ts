// Webhooks end to end, with a real receiver (a local HTTP server) and the real database: the
// event is an outbox row written in the same commit as the transition (and none for a refused
// one), the delivery is signed (HMAC-SHA256 over timestamp and body) and verifies with the
// endpoint's secret, a failing receiver is retried with back-off, and dead-lettered at last.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema";
import { newId } from "../../db/ids";
import { publishProgramme } from "../../server/programmes/publish-programme";
import { decideApplication } from "../../server/participation/decide-application";
import { registerWebhook } from "../../server/webhooks/register-webhook";
import { deliverWebhooks, retryDelaySeconds, WEBHOOK_POLICY } from "../../server/webhooks/deliver-webhooks";
import { DELIVERY_ID_HEADER, EVENT_HEADER, SIGNATURE_HEADER, verifyWebhookSignature } from "../../server/webhooks/signature";
import { isAllowedWebhookUrl } from "../../server/webhooks/webhook-url";
import { createProgramme, DEFAULT_TEST_PASSWORD } from "../factories";
import { agreementWorld, insertAgreement } from "../factories/agreements";
import { signAgreement } from "../../server/agreements/sign-agreement";
import { addParticipation, createApplicant, createOpenProgramme } from "../factories/participation";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { actingAs } from "./support/personas";

const handle = openTestDb();
const { db } = handle;

type Received = { headers: IncomingMessage["headers"]; body: string };
/** A receiver on loopback: answers each POST with the next status of its script (then 200), recording it. */
function receiver(script: number[]) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.statusCode = script.shift() ?? 200;
      res.end();
    });
  });
  return { server, received, url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` };
}

const servers: Server[] = [];
async function listening(script: number[]) {
  const r = receiver(script);
  await new Promise<void>((resolve) => r.server.listen(0, "127.0.0.1", resolve));
  servers.push(r.server);
  return r;
}

/**
 * The receiver's row for an institution. Registration accepts only public https URLs (tested
 * below), so the loopback test receiver is stored directly, as a fixture.
 */
async function endpointFor(institutionId: string, createdByUserId: string, url: string) {
  const id = newId();
  const secret = `whsec_test_${newId()}`;
  await db.insert(webhookEndpoints).values({ id, institutionId, url, secret, createdByUserId });
  return { id, secret };
}

const deliveriesOf = (endpointId: string) => db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));

let applicant: Awaited<ReturnType<typeof createApplicant>>;
let lead: Awaited<ReturnType<typeof createApplicant>>;

beforeAll(async () => {
  [applicant, lead] = await Promise.all([createApplicant(db), createApplicant(db)]);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await handle.close();
});

describe("registering a receiver", () => {
  it("accepts a public https URL for an owner and answers the signing secret once", async () => {
    const created = await registerWebhook(await actingAs(db, lead.owner), { institutionId: lead.institution.id, url: "https://hooks.example.org/southbridge" });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, created.id));
    expect(row).toMatchObject({ institutionId: lead.institution.id, url: "https://hooks.example.org/southbridge" });
    await db.update(webhookEndpoints).set({ revokedAt: new Date() }).where(eq(webhookEndpoints.id, created.id));
  });

  it("refuses plain http, credentials in the URL, and loopback, private or local hosts", async () => {
    for (const url of ["http://hooks.example.org/x", "https://user:pw@hooks.example.org/x", "https://localhost/x", "https://127.0.0.1/x", "https://10.1.2.3/x", "https://192.168.0.4/x", "https://[::1]/x", "https://169.254.169.254/latest", "https://printer.local/x"]) {
      expect(isAllowedWebhookUrl(url), url).toBe(false);
    }
    const refused = await domainErrorOf(registerWebhook(await actingAs(db, lead.owner), { institutionId: lead.institution.id, url: "https://169.254.169.254/latest" }));
    expect(refused.code).toBe("VALIDATION");
  });
});

describe("events are outbox rows of the transition's own commit", () => {
  it("publishing a programme writes a programme.published delivery; a stale (refused) publish writes none", async () => {
    const r = await listening([]);
    const endpoint = await endpointFor(lead.institution.id, lead.owner.id, r.url());
    const programme = await createProgramme(db, { status: "approved", leadInstitutionId: lead.institution.id, createdByUserId: lead.owner.id });
    const owner = await actingAs(db, lead.owner);
    expect((await domainErrorOf(publishProgramme(owner, { programmeId: programme.id, version: programme.version + 1 }))).code).toBe("CONFLICT");
    expect(await deliveriesOf(endpoint.id)).toHaveLength(0);

    await publishProgramme(owner, { programmeId: programme.id, version: programme.version });
    const rows = await deliveriesOf(endpoint.id);
    expect(rows.map((d) => d.event)).toContain("programme.published");
    const mine = rows.find((d) => d.payload.data && (d.payload.data as { programmeId?: string }).programmeId === programme.id);
    expect(mine).toMatchObject({ status: "pending", attempts: 0, payload: { event: "programme.published", data: { reference: programme.reference } } });
  });

  it("deciding an application writes application.decided for the applicant's receivers only", async () => {
    const r = await listening([]);
    const applicantEndpoint = await endpointFor(applicant.institution.id, applicant.owner.id, r.url());
    const programme = await createOpenProgramme(db, { leadInstitutionId: lead.institution.id, createdByUserId: lead.owner.id });
    const application = await addParticipation(db, { programmeId: programme.id, institutionId: applicant.institution.id, appliedByUserId: applicant.member.id });
    await decideApplication(await actingAs(db, lead.member), { participationId: application.id, version: application.version, decision: "accept" });
    const rows = (await deliveriesOf(applicantEndpoint.id)).filter((d) => d.event === "application.decided");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toMatchObject({ event: "application.decided", data: { participationId: application.id, decision: "accepted", institutionId: applicant.institution.id } });
  });
});

describe("agreement in force", () => {
  it("only the signature that brings the agreement into force writes agreement.in_force, once per party receiver", async () => {
    const w = await agreementWorld(db);
    const r = await listening([]);
    const [leadEndpoint, partnerEndpoint, strangerEndpoint] = await Promise.all([
      endpointFor(w.lead.id, w.leadOwner.id, r.url()),
      endpointFor(w.partner.id, w.partnerSignatory.id, r.url()),
      endpointFor(w.stranger.id, w.strangerMember.id, r.url()),
    ]);
    const agreement = await insertAgreement(w, { status: "pending_signatures" });
    const inForce = async (endpointId: string) => (await deliveriesOf(endpointId)).filter((d) => d.event === "agreement.in_force");

    await signAgreement(await actingAs(db, w.leadSignatory), { agreementId: agreement.id, institutionId: w.lead.id, contentHash: agreement.contentHash!, password: DEFAULT_TEST_PASSWORD });
    expect(await inForce(leadEndpoint.id)).toHaveLength(0);

    await signAgreement(await actingAs(db, w.partnerSignatory), { agreementId: agreement.id, institutionId: w.partner.id, contentHash: agreement.contentHash!, password: DEFAULT_TEST_PASSWORD });
    for (const endpoint of [leadEndpoint, partnerEndpoint]) {
      const rows = await inForce(endpoint.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.payload).toMatchObject({ event: "agreement.in_force", data: { agreementId: agreement.id, contentHash: agreement.contentHash } });
    }
    expect(await inForce(strangerEndpoint.id)).toHaveLength(0);
  });
});

describe("delivery", () => {
  it("POSTs the event signed with the endpoint's secret; the signature verifies, and fails with another secret or a changed body", async () => {
    const r = await listening([200]);
    const endpoint = await endpointFor(applicant.institution.id, applicant.owner.id, r.url());
    const programme = await createOpenProgramme(db, { leadInstitutionId: lead.institution.id, createdByUserId: lead.owner.id });
    const application = await addParticipation(db, { programmeId: programme.id, institutionId: applicant.institution.id, appliedByUserId: applicant.member.id });
    await decideApplication(await actingAs(db, lead.member), { participationId: application.id, version: application.version, decision: "decline", reason: "Not this time." });

    const run = await deliverWebhooks(db, new Date(), { endpointIds: [endpoint.id] });
    expect(run).toMatchObject({ claimed: 1, delivered: 1, retried: 0, dead: 0 });
    expect(r.received).toHaveLength(1);
    const [got] = r.received;
    const signature = got!.headers[SIGNATURE_HEADER.toLowerCase()] as string;
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(endpoint.secret, signature, got!.body)).toBe(true);
    expect(verifyWebhookSignature("whsec_another", signature, got!.body)).toBe(false);
    expect(verifyWebhookSignature(endpoint.secret, signature, got!.body.replace("declined", "accepted"))).toBe(false);
    expect(verifyWebhookSignature(endpoint.secret, signature, got!.body, Math.floor(Date.now() / 1000) + 3600)).toBe(false);

    const body = JSON.parse(got!.body) as { id: string; event: string; data: Record<string, unknown> };
    expect(got!.headers[DELIVERY_ID_HEADER.toLowerCase()]).toBe(body.id);
    expect(got!.headers[EVENT_HEADER.toLowerCase()]).toBe("application.decided");
    expect(body).toMatchObject({ event: "application.decided", data: { participationId: application.id, decision: "declined" } });
    const [row] = await deliveriesOf(endpoint.id);
    expect(row).toMatchObject({ status: "delivered", attempts: 1, lastStatus: 200, leaseToken: null });
  });

  it("retries a failing receiver with back-off, not before it is due, and delivers once it answers", async () => {
    const r = await listening([500, 503]);
    const endpoint = await endpointFor(applicant.institution.id, applicant.owner.id, r.url());
    const programme = await createProgramme(db, { status: "approved", leadInstitutionId: applicant.institution.id, createdByUserId: applicant.owner.id });
    await publishProgramme(await actingAs(db, applicant.owner), { programmeId: programme.id, version: programme.version });
    const t0 = new Date(Date.now() + 1000);

    expect(await deliverWebhooks(db, t0, { endpointIds: [endpoint.id] })).toMatchObject({ claimed: 1, retried: 1 });
    let [row] = await deliveriesOf(endpoint.id);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastStatus: 500 });
    expect(row!.nextAttemptAt.getTime()).toBe(t0.getTime() + retryDelaySeconds(1) * 1000);

    // Not due yet: nothing is sent.
    expect(await deliverWebhooks(db, new Date(t0.getTime() + 1000), { endpointIds: [endpoint.id] })).toMatchObject({ claimed: 0 });
    expect(r.received).toHaveLength(1);

    const t1 = new Date(t0.getTime() + retryDelaySeconds(1) * 1000);
    expect(await deliverWebhooks(db, t1, { endpointIds: [endpoint.id] })).toMatchObject({ claimed: 1, retried: 1 });
    [row] = await deliveriesOf(endpoint.id);
    expect(row).toMatchObject({ attempts: 2, lastStatus: 503 });
    expect(row!.nextAttemptAt.getTime()).toBe(t1.getTime() + retryDelaySeconds(2) * 1000);
    expect(retryDelaySeconds(2)).toBe(2 * retryDelaySeconds(1));

    expect(await deliverWebhooks(db, row!.nextAttemptAt, { endpointIds: [endpoint.id] })).toMatchObject({ claimed: 1, delivered: 1 });
    [row] = await deliveriesOf(endpoint.id);
    expect(row).toMatchObject({ status: "delivered", attempts: 3, lastStatus: 200 });
    // The same event each time, with the same delivery id (receivers deduplicate on it).
    expect(new Set(r.received.map((x) => x.headers[DELIVERY_ID_HEADER.toLowerCase()])).size).toBe(1);
  });

  it("dead-letters a delivery after the last attempt, and at once when its receiver was revoked", async () => {
    const r = await listening(Array.from({ length: WEBHOOK_POLICY.maxAttempts }, () => 500));
    const endpoint = await endpointFor(lead.institution.id, lead.owner.id, r.url());
    const programme = await createProgramme(db, { status: "approved", leadInstitutionId: lead.institution.id, createdByUserId: lead.owner.id });
    await publishProgramme(await actingAs(db, lead.owner), { programmeId: programme.id, version: programme.version });
    let at = new Date(Date.now() + 1000);
    for (let attempt = 1; attempt <= WEBHOOK_POLICY.maxAttempts; attempt++) {
      const run = await deliverWebhooks(db, at, { endpointIds: [endpoint.id] });
      expect(run.claimed, `attempt ${attempt}`).toBe(1);
      at = new Date(at.getTime() + retryDelaySeconds(attempt) * 1000);
    }
    const [row] = await deliveriesOf(endpoint.id);
    expect(row).toMatchObject({ status: "dead", attempts: WEBHOOK_POLICY.maxAttempts, lastStatus: 500 });
    expect(await deliverWebhooks(db, new Date(at.getTime() + 86_400_000), { endpointIds: [endpoint.id] })).toMatchObject({ claimed: 0 });

    const revoked = await endpointFor(lead.institution.id, lead.owner.id, r.url());
    const other = await createProgramme(db, { status: "approved", leadInstitutionId: lead.institution.id, createdByUserId: lead.owner.id });
    await publishProgramme(await actingAs(db, lead.owner), { programmeId: other.id, version: other.version });
    await db.update(webhookEndpoints).set({ revokedAt: new Date() }).where(eq(webhookEndpoints.id, revoked.id));
    const sent = r.received.length;
    expect(await deliverWebhooks(db, new Date(Date.now() + 1000), { endpointIds: [revoked.id] })).toMatchObject({ claimed: 1, dead: 1 });
    expect(r.received).toHaveLength(sent);
  });
});
