import { platformSettings } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { commit } from "../workflow/commit";
import { SIGNING_STEP_UP_KEY, signingRequiresSecondFactor } from "./signing-setting";

/** An admin turns on (or off) the platform rule "a second factor is required to sign". */
export async function setSigningStepUp(ctx: UseCaseContext, input: { required: boolean }) {
  const { db, viewer } = ctx;
  assertCan(viewer, "platform.signingStepUp");
  const before = await signingRequiresSecondFactor(db);
  await commit(db, {
    changes: [{ statement: db.insert(platformSettings).values({ key: SIGNING_STEP_UP_KEY, value: input.required }).onDuplicateKeyUpdate({ set: { value: input.required } }) }],
    event: {
      action: "platform.signing_step_up",
      objectType: "platform",
      objectId: SIGNING_STEP_UP_KEY,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      changes: { required: { before, after: input.required } },
      context: {},
    },
    request: requestFacts(ctx.meta),
  });
  return { required: input.required };
}
