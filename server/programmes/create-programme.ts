import { newId } from "@/db/ids";
import { programmes } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { metaContext, type UseCaseContext } from "../context";
import { commitAtomic } from "../workflow/commit-transition";
import { bumpReferenceCounter, referenceFromCounter } from "./queries";
import type { ProgrammeDraft } from "./schemas";
import { programmeMachine } from "./transitions";

/** A member of a verified institution starts a proposal (a draft) with that institution as lead. */
export async function createProgramme(ctx: UseCaseContext, input: ProgrammeDraft & { leadInstitutionId: string }) {
  const { db, viewer } = ctx;
  const rule = programmeMachine.create.draft;
  assertCan(viewer, rule.permission, { institutionId: input.leadInstitutionId });
  const { leadInstitutionId, ...draft } = input;
  const id = newId();
  const year = new Date().getUTCFullYear();
  await commitAtomic(
    db,
    [
      { statement: bumpReferenceCounter(db, year) },
      {
        statement: db.insert(programmes).values({
          id,
          reference: referenceFromCounter(year),
          leadInstitutionId,
          createdByUserId: viewer!.userId,
          status: rule.to,
          summary: "",
          description: "",
          sectors: [],
          spilloverCountries: [],
          fundingSources: [],
          languages: [],
          outcomes: [],
          ...draft,
          coLeadInstitutionIds: (draft.coLeadInstitutionIds ?? []).filter((i) => i !== leadInstitutionId),
        }),
        expectRows: 1,
      },
    ],
    {
      actorUserId: viewer!.userId,
      onBehalfOfInstitutionId: leadInstitutionId,
      action: "programme.create",
      objectType: "programme",
      objectId: id,
      changes: { status: { before: null, after: rule.to }, title: { before: null, after: draft.title } },
      context: metaContext(ctx.meta),
    },
  );
  return { programmeId: id, status: rule.to };
}
