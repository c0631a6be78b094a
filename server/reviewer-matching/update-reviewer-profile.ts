// A reviewer edits their profile: created on the first save, then optimistic locking on its version.
import { and, eq, sql } from "drizzle-orm";
import { reviewerProfiles } from "@/db/schema";
import type { EditedFields } from "../audit/changes";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { conflict } from "../errors";
import { commit } from "../workflow/commit";
import { findReviewerProfile } from "./queries";
import { EMPTY_PROFILE, profileFieldsOf } from "./reviewer-profile";
import type { ReviewerProfileFields, UpdateReviewerProfileInput } from "./schemas";

const FIELDS = ["sectors", "workingAreas", "countriesKnown", "regionsKnown", "languages", "capacity", "unavailable", "chairEligible"] as const satisfies readonly (keyof ReviewerProfileFields)[];

export async function updateReviewerProfile(ctx: UseCaseContext, input: UpdateReviewerProfileInput) {
  const { db, viewer } = ctx;
  assertCan(viewer, "review.editProfile");
  const existing = await findReviewerProfile(db, viewer.userId);
  if ((existing?.version ?? 0) !== input.version) throw conflict("reviewer_profile");
  const { version, ...fields } = input;
  const before: ReviewerProfileFields = existing ? profileFieldsOf(existing) : EMPTY_PROFILE;
  const changes: EditedFields = {};
  for (const key of FIELDS) {
    if (JSON.stringify(before[key]) !== JSON.stringify(fields[key])) changes[key] = { before: existing ? before[key] : null, after: fields[key] };
  }
  const statement = existing
    ? db
        .update(reviewerProfiles)
        .set({ ...fields, version: sql`${reviewerProfiles.version} + 1` })
        .where(and(eq(reviewerProfiles.userId, viewer.userId), eq(reviewerProfiles.version, version)))
    : db.insert(reviewerProfiles).values({ userId: viewer.userId, ...fields });
  await commit(db, {
    changes: [{ statement, expectRows: 1 }],
    event: {
      action: "reviewer.update_profile",
      objectType: "reviewer_profile",
      objectId: viewer.userId,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      changes,
      context: { created: !existing },
    },
    request: requestFacts(ctx.meta),
    onDuplicate: () => conflict("reviewer_profile"),
  });
  return { version: version + 1 };
}
