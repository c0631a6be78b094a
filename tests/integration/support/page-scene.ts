// The scene of the page authorization matrix, built once: pages only read, so every persona of
// every page meets the same objects. Institutions and people are the procedure matrix's world
// (support/world.ts: A verified, B a stranger, S suspended and co-lead of A's programmes, a
// reviewer, an admin, a revoked reviewer); around them each page gets the object it shows.
import { addMembership, addPanel, createInstitution, createProgramme, createReviewer } from "../../factories";
import { insertAgreement } from "../../factories/agreements";
import { createReport } from "../../factories/reports";
import { demoData } from "../../../server/platform/demo-accounts";
import type { Database } from "../../../db/client";
import { startThread } from "../../../server/discussions/start-thread";
import { sceneOf } from "./matrix-agreements";
import { actingAs } from "./personas";
import { buildWorld, ofA, seatRevokedReviewer, type World } from "./world";

export type PageScene = Awaited<ReturnType<typeof buildPageScene>>;

export async function buildPageScene(db: Database) {
  const w: World = await buildWorld(db);
  // The agreements' scene of the procedure matrix: an open data-sharing programme of A (S co-lead) with C, a Chinese institution, participating.
  const agreementScene = await sceneOf(w);
  const { partner: c, programme: open } = agreementScene;
  const [pending, chair, draft, underReview] = await Promise.all([
    // A pending institution whose only member is A's owner: it exists for its people and the admins only.
    createInstitution(db, { status: "pending", createdByUserId: w.people.ownerA.id }),
    createReviewer(db),
    createProgramme(db, { ...ofA(w), status: "draft" }),
    createProgramme(db, { ...ofA(w), status: "under_review", currentRevision: 1 }),
  ]);
  await Promise.all([
    addMembership(db, { institutionId: pending.id, userId: w.people.ownerA.id, role: "owner" }),
    addPanel(db, underReview.id, { reviewers: [w.people.reviewer], chair, assignedBy: w.people.admin }),
  ]);
  await seatRevokedReviewer(w, underReview.id);
  const [agreement, signedAgreement, draftReport, publishedReport, demo] = await Promise.all([
    insertAgreement(agreementScene),
    insertAgreement(agreementScene, { status: "in_force" }),
    createReport(db, { createdByUserId: w.people.admin.id }),
    createReport(db, { createdByUserId: w.people.admin.id, status: "published" }),
    demoData(db),
  ]);
  // A thread between the proposal's parties and its panel.
  const thread = await startThread(await actingAs(db, w.people.ownerA), { audience: "parties_and_reviewers", programmeId: underReview.id, subject: "A page-matrix thread", body: "Hello.", mentions: [] });
  // Whether demo data is loaded in this database (the seed test loads it into the shared test database).
  return { ...w, c, pending, draft, underReview, open, agreement, signedAgreement, draftReport, publishedReport, thread, demoLoaded: demo.loaded };
}
