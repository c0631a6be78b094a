// Demo data-sharing agreements in every state, played through the real use cases signed in as the
// demo people: a draft, one waiting for signatures (one party signed), one in force (its programme
// then started) that was amended (version 1 superseded, version 2 in force), and one expired. The
// programme in force also shares four more datasets under agreements of their own, so that the
// published demo report shows its agreement figures as real numbers: five agreements in force,
// each naming the same cross-border transfer (a count of five, not "<5").
// Attached to the OPEN data-sharing programmes with accepted participants that the lifecycle seed
// leaves; without such programmes it does nothing. Idempotent: a programme that already has an
// agreement is left alone. Run after seedDemoLifecycle (scripts/seed.ts).
import { and, asc, eq, exists, inArray, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { agreements, agreementSignatures, institutions, memberships, participations, programmes, users } from "../../db/schema";
import { loadViewer } from "../../server/auth/load-viewer";
import type { UseCaseContext } from "../../server/context";
import { amendAgreement } from "../../server/agreements/amend-agreement";
import { acceptedSafeguards } from "../../server/agreements/checks";
import { contentFromStored, freeze, signedDocumentOf, type AgreementContent, type ImpactAssessment, type Safeguard } from "../../server/agreements/content";
import { createAgreement } from "../../server/agreements/create-agreement";
import { allTransferRules, partiesOf } from "../../server/agreements/queries";
import { recordImpactAssessment } from "../../server/agreements/record-impact-assessment";
import { sendAgreement } from "../../server/agreements/send-agreement";
import { signAgreement } from "../../server/agreements/sign-agreement";
import type { TemplateCode } from "../../server/agreements/template-codes";
import { updateAgreement } from "../../server/agreements/update-agreement";
import { startProgramme } from "../../server/programmes/start-programme";
import { DEMO_PASSWORD } from "./demo";

const META = { ip: null, userAgent: "demo-seed", locale: "en" };

const ASSESSMENT: ImpactAssessment = {
  risks: "Re-identification of individuals from pseudonymised records; access by staff outside the project.",
  mitigations: "Pseudonymisation before transfer, encryption in transit and at rest, named-researcher access with logs, deletion at the end of the retention period.",
  residualRisk: "low",
  approvedByName: "Demo Data Protection Officer",
  approvedByRole: "Data protection officer of the lead institution",
  approvedOn: "2026-09-15",
};

type Programme = { id: string; reference: string; version: number; leadInstitutionId: string; leadCountry: string };

export async function seedDemoAgreements(db: Database): Promise<{ summary: string }> {
  // Open data-sharing programmes with at least one accepted participant and no agreement yet.
  const candidates: Programme[] = await db
    .select({ id: programmes.id, reference: programmes.reference, version: programmes.version, leadInstitutionId: programmes.leadInstitutionId, leadCountry: institutions.countryCode })
    .from(programmes)
    .innerJoin(institutions, eq(institutions.id, programmes.leadInstitutionId))
    .where(
      and(
        eq(programmes.status, "open"),
        eq(programmes.involvesDataSharing, true),
        exists(db.select({ one: sql`1` }).from(participations).where(and(eq(participations.programmeId, programmes.id), eq(participations.status, "accepted")))),
        sql`not exists (select 1 from ${agreements} where ${agreements.programmeId} = ${programmes.id})`,
      ),
    )
    .orderBy(asc(programmes.reference));
  if (candidates.length === 0) return { summary: "" };

  // The draft goes to a Kenyan-led pilot when there is one (Kenya → elsewhere shows the transfer rules at work).
  const draftTarget = candidates.find((p) => p.leadCountry === "KE") ?? candidates[0]!;
  const others = candidates.filter((p) => p !== draftTarget);
  const made: string[] = [];

  await draftOnly(db, draftTarget);
  made.push("1 draft");
  if (others[0]) {
    await inForceThenAmended(db, others[0]);
    await moreDatasetsInForce(db, others[0]);
    made.push(`${1 + MORE_DATASETS.length} in force (programme started), one with a superseded first version`);
  }
  if (others[1]) {
    await pendingAndExpired(db, others[1]);
    made.push("1 waiting for signatures, 1 expired");
  }
  return { summary: `agreements: ${made.join(", ")}` };
}

/** A use-case context signed in as the user (side effects dropped: the seed sends no email). */
async function contextOf(db: Database, userId: string): Promise<UseCaseContext> {
  const [row] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  const viewer = row ? await loadViewer(db, userId, row.sessionVersion) : null;
  if (!viewer) throw new Error(`demo agreements seed: user ${userId} cannot sign in`);
  return { db, viewer, meta: META, defer: () => {} };
}

/** An active member of the institution who may write (its owner first). */
async function writerOf(db: Database, institutionId: string): Promise<UseCaseContext> {
  const [row] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.institutionId, institutionId), eq(memberships.status, "active")))
    .orderBy(sql`case when ${memberships.role} = 'owner' then 0 else 1 end`, asc(memberships.createdAt))
    .limit(1);
  if (!row) throw new Error(`demo agreements seed: institution ${institutionId} has no active member`);
  return contextOf(db, row.userId);
}

/**
 * The party's designated signatory. A party without one gets its owner designated (the demo has
 * signatory@ for the University of Nairobi; the other demo owners are signatories already).
 */
async function signatoryOf(db: Database, institutionId: string): Promise<UseCaseContext> {
  const find = () =>
    db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.institutionId, institutionId), eq(memberships.status, "active"), eq(memberships.isSignatory, true)))
      .orderBy(asc(memberships.createdAt))
      .limit(1);
  let [row] = await find();
  if (!row) {
    await db
      .update(memberships)
      .set({ isSignatory: true })
      .where(and(eq(memberships.institutionId, institutionId), eq(memberships.status, "active"), eq(memberships.role, "owner")));
    [row] = await find();
  }
  if (!row) throw new Error(`demo agreements seed: institution ${institutionId} has no owner to sign`);
  return contextOf(db, row.userId);
}

async function agreementVersion(db: Database, agreementId: string) {
  const [row] = await db.select().from(agreements).where(eq(agreements.id, agreementId));
  if (!row) throw new Error(`demo agreements seed: agreement ${agreementId} vanished`);
  return row;
}

/** Chooses for each cross-border transfer a safeguard its origin country accepts, and records the impact assessment when needed. */
async function completeForSending(db: Database, ctx: UseCaseContext, agreementId: string, changes: Partial<AgreementContent> = {}) {
  const rules = await allTransferRules(db);
  const row = await agreementVersion(db, agreementId);
  const content = { ...contentFromStored(row.content), ...changes };
  content.transfers = content.transfers.map((t) => {
    const accepted = acceptedSafeguards(rules, t.fromCountry);
    const safeguard: Safeguard | "" = accepted === null ? "" : accepted === "any" ? "contractual_clauses" : ((accepted[0] as Safeguard | undefined) ?? "consent");
    return { ...t, safeguard };
  });
  let { version } = await updateAgreement(ctx, { agreementId, version: row.version, title: row.title, content });
  if (content.dataCategories.some((c) => c.sensitive)) ({ version } = await recordImpactAssessment(ctx, { agreementId, version, assessment: ASSESSMENT }));
  return version;
}

async function create(db: Database, programme: Programme, template: TemplateCode, title: string) {
  const writer = await writerOf(db, programme.leadInstitutionId);
  const { agreementId } = await createAgreement(writer, { programmeId: programme.id, template, title });
  return { writer, agreementId };
}

/** Sends the agreement and has the given parties (all by default) sign it. */
async function sendAndSign(db: Database, writer: UseCaseContext, agreementId: string, version: number, onlyParties?: number) {
  const { contentHash } = await sendAgreement(writer, { agreementId, version });
  const parties = await partiesOf(db, agreementId);
  for (const party of parties.slice(0, onlyParties ?? parties.length)) {
    await signAgreement(await signatoryOf(db, party.institutionId), { agreementId, institutionId: party.institutionId, contentHash, password: DEMO_PASSWORD });
  }
}

async function draftOnly(db: Database, programme: Programme) {
  // Straight from the template: the safeguards (and, for sensitive data, the impact assessment) are still to be done.
  await create(db, programme, "pilot_personal_data", "Pilot personal data sharing agreement");
}

async function inForceThenAmended(db: Database, programme: Programme) {
  const { writer, agreementId } = await create(db, programme, "joint_lab_training", "Joint lab training data agreement");
  await sendAndSign(db, writer, agreementId, await completeForSending(db, writer, agreementId));
  // The amendment lengthens the retention period; once every party has signed it, version 1 is superseded.
  const { agreementId: amendmentId } = await amendAgreement(writer, { agreementId });
  const version = await completeForSending(db, writer, amendmentId, { retentionPeriod: "For the duration of the programme and 24 months after its end." });
  await sendAndSign(db, writer, amendmentId, version);
  const [current] = await db.select({ version: programmes.version }).from(programmes).where(eq(programmes.id, programme.id));
  await startProgramme(await writerOf(db, programme.leadInstitutionId), { programmeId: programme.id, version: current!.version });
}

/** The programme's other datasets, each shared under an agreement of its own (non-personal: no impact assessment). */
const MORE_DATASETS: { template: TemplateCode; title: string; data: string }[] = [
  { template: "joint_lab_training", title: "Bus GPS traces sharing agreement", data: "Anonymised bus GPS traces (vehicle positions every 30 seconds, no passenger data)" },
  { template: "joint_lab_training", title: "Ridership counts sharing agreement", data: "Hourly boarding counts by stop, aggregated (no individual journeys)" },
  { template: "open_non_personal", title: "Road network and timetable agreement", data: "Road network graph, stops and published timetables" },
  { template: "joint_lab_training", title: "Forecasting models agreement", data: "Trained forecasting models, training logs and evaluation results" },
];

async function moreDatasetsInForce(db: Database, programme: Programme) {
  for (const dataset of MORE_DATASETS) {
    const { writer, agreementId } = await create(db, programme, dataset.template, dataset.title);
    const version = await completeForSending(db, writer, agreementId, { dataCategories: [{ name: dataset.data, personal: false, sensitive: false }] });
    await sendAndSign(db, writer, agreementId, version);
  }
}

async function pendingAndExpired(db: Database, programme: Programme) {
  const pending = await create(db, programme, "pilot_personal_data", "Pilot personal data sharing agreement");
  await sendAndSign(db, pending.writer, pending.agreementId, await completeForSending(db, pending.writer, pending.agreementId), 1);

  const old = await create(db, programme, "open_non_personal", "Open indicators agreement 2024–2025");
  await sendAndSign(db, old.writer, old.agreementId, await completeForSending(db, old.writer, old.agreementId));
  await ageIntoThePast(db, old.agreementId, { effectiveDate: "2024-01-01", expiryDate: "2025-12-31" });
}

/**
 * Time cannot pass in a seed, and an agreement cannot be sent with an expiry date already past;
 * so the expired demo agreement is signed normally and then its dates are set DIRECTLY to 2024–2025,
 * as if it had been signed then. The frozen text, its hash and the signatures' hash are rewritten
 * to match, so the record still verifies. It reads as `expired` (in-force.ts); nothing stores that status.
 */
async function ageIntoThePast(db: Database, agreementId: string, dates: { effectiveDate: string; expiryDate: string }) {
  const row = await agreementVersion(db, agreementId);
  const [programme] = await db.select({ reference: programmes.reference }).from(programmes).where(eq(programmes.id, row.programmeId));
  const content = { ...contentFromStored(row.content), ...dates };
  const frozen = freeze(signedDocumentOf({ ...row, content, ...dates }, programme!.reference));
  const signedAt = new Date(`${dates.effectiveDate}T09:00:00Z`);
  await db.update(agreements).set({ content, ...dates, ...frozen, sentAt: signedAt, inForceAt: signedAt }).where(eq(agreements.id, agreementId));
  await db
    .update(agreementSignatures)
    .set({ contentHash: frozen.contentHash, signedAt })
    .where(and(inArray(agreementSignatures.agreementId, [agreementId]), eq(agreementSignatures.signingRound, row.signingRound)));
}
