// The reviewer-matching rows of the authorization matrix (see support/matrix.ts): reviewers keep
// their own profile and bid; admins read the profiles, preview and commit batches. A revoked
// reviewer has lost all of it.
import { addMembership, createInstitution, createProgramme, createReviewer } from "../../factories";
import type { Database } from "../../../db/client";
import { adminOnly, all, type Expectation, type WorkflowMatrix } from "./matrix";
import { ofA } from "./world";

const reviewerOnly: Expectation = { ...all("FORBIDDEN"), visitor: "UNAUTHORIZED", reviewer: "ok" };

/** A reviewer who is an active member of a new institution in `countryCode`. */
export async function reviewerIn(db: Database, countryCode: string) {
  const [reviewer, institution] = await Promise.all([createReviewer(db), createInstitution(db, { countryCode })]);
  await addMembership(db, { userId: reviewer.id, institutionId: institution.id });
  return reviewer;
}

/** A proposal awaiting its panel and a panel that meets every rule: two reviewers from Africa, one from Asia, a Brazilian chair. */
export async function committablePanel(db: Database, programme: { leadInstitutionId: string; createdByUserId: string; coLeadInstitutionIds?: string[] }) {
  const created = await createProgramme(db, { ...programme, status: "submitted" });
  const [nigerian, ghanaian, indian, chair] = await Promise.all([reviewerIn(db, "NG"), reviewerIn(db, "GH"), reviewerIn(db, "IN"), reviewerIn(db, "BR")]);
  return { programme: created, people: { reviewers: [nigerian, ghanaian, indian], chair }, panel: { programmeId: created.id, version: created.version, reviewerIds: [nigerian.id, ghanaian.id, indian.id], chairId: chair.id } };
}

export const MATCHING_MATRIX: WorkflowMatrix = {
  matrix: {
    "matching.myProfile": reviewerOnly,
    "matching.updateProfile": reviewerOnly,
    "matching.openForBids": reviewerOnly,
    "matching.bid": reviewerOnly,
    "matching.profiles": adminOnly,
    "matching.previewBatch": adminOnly,
    "matching.commitBatch": adminOnly,
  },
  inputs: {
    "matching.myProfile": () => undefined,
    "matching.updateProfile": () => ({
      version: 0,
      sectors: ["agriculture"],
      workingAreas: ["application"],
      countriesKnown: ["KE"],
      regionsKnown: ["Africa"],
      languages: ["en", "fr"],
      capacity: 6,
      unavailable: [{ from: "2030-01-01", to: "2030-01-31" }],
      chairEligible: true,
    }),
    "matching.openForBids": () => ({ page: 1 }),
    "matching.bid": async (w) => ({ programmeId: (await createProgramme(w.db, { ...ofA(w), status: "submitted" })).id, bid: "eager" }),
    "matching.profiles": () => ({ page: 1 }),
    "matching.previewBatch": () => ({ excludeLeadCountry: false }),
    "matching.commitBatch": async (w) => ({ excludeLeadCountry: false, panels: [(await committablePanel(w.db, ofA(w))).panel] }),
  },
};
