// The scene of the page authorization matrix, built once: pages only read, so every persona of
// every page meets the same objects. Institutions and people are the procedure matrix's world
// (support/world.ts: A verified, B a stranger, S suspended and co-lead of A's programmes, a
// reviewer, an admin, a revoked reviewer); around them each page gets the object it shows.
import { addMembership, addPanel, createInstitution, createProgramme, createReviewer, createUser } from "../../factories";
import { addAcceptedParticipant, insertAgreement } from "../../factories/agreements";
import { createReport } from "../../factories/reports";
import type { Database } from "../../../db/client";
import { buildWorld, ofA, seatRevokedReviewer, type World } from "./world";

export type PageScene = Awaited<ReturnType<typeof buildPageScene>>;

export async function buildPageScene(db: Database) {
  const w: World = await buildWorld(db);
  const cSignatory = await createUser(db);
  const [c, pending, chair] = await Promise.all([
    createInstitution(db, { countryCode: "CN", createdByUserId: cSignatory.id }),
    // A pending institution whose only member is A's owner: it exists for its people and the admins only.
    createInstitution(db, { status: "pending", createdByUserId: w.people.ownerA.id }),
    createReviewer(db),
  ]);
  const [draft, underReview, open] = await Promise.all([
    createProgramme(db, { ...ofA(w), status: "draft" }),
    createProgramme(db, { ...ofA(w), status: "under_review", currentRevision: 1 }),
    createProgramme(db, { ...ofA(w), status: "open", involvesDataSharing: true, format: "pilot" }),
  ]);
  await Promise.all([
    addMembership(db, { institutionId: c.id, userId: cSignatory.id, role: "owner", isSignatory: true }),
    addMembership(db, { institutionId: pending.id, userId: w.people.ownerA.id, role: "owner" }),
    addPanel(db, underReview.id, { reviewers: [w.people.reviewer], chair, assignedBy: w.people.admin }),
    addAcceptedParticipant(db, open.id, c.id, w.people.ownerA.id),
  ]);
  await seatRevokedReviewer(w, underReview.id);
  const agreementScene = {
    db,
    lead: w.a,
    partner: c,
    stranger: w.b,
    programme: open,
    leadOwner: w.people.ownerA,
    leadSignatory: w.people.ownerA,
    leadMember: w.people.memberA,
    partnerSignatory: cSignatory,
    partnerMember: cSignatory,
    strangerMember: w.people.memberB,
    admin: w.people.admin,
  };
  const [agreement, signedAgreement, draftReport, publishedReport] = await Promise.all([
    insertAgreement(agreementScene),
    insertAgreement(agreementScene, { status: "in_force" }),
    createReport(db, { createdByUserId: w.people.admin.id }),
    createReport(db, { createdByUserId: w.people.admin.id, status: "published" }),
  ]);
  return { ...w, c, pending, draft, underReview, open, agreement, signedAgreement, draftReport, publishedReport };
}
