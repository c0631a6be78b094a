import { programmes } from "@/db/schema";
import { creation } from "../workflow/transition";
import { bumpReferenceCounter, referenceFromCounter } from "./queries";
import type { ProgrammeDraft } from "./schemas";
import { programmeMachine } from "./transitions";

export type CreateProgrammeInput = ProgrammeDraft & { leadInstitutionId: string };

/** A member of a verified institution starts a proposal (a draft) with that institution as lead. */
export const createProgramme = creation({
  machine: programmeMachine,
  create: "draft",
  object: "programme",
  subject: (_loaded: undefined, input: CreateProgrammeInput) => ({ institutionId: input.leadInstitutionId }),
  change: ({ db, input, id, viewer, to, now }) => {
    const { leadInstitutionId, ...draft } = input;
    const year = now.getUTCFullYear();
    return [
      { statement: bumpReferenceCounter(db, year) },
      {
        statement: db.insert(programmes).values({
          id,
          reference: referenceFromCounter(year),
          leadInstitutionId,
          createdByUserId: viewer.userId,
          status: to,
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
    ];
  },
  audit: ({ input, to }) => ({
    action: "programme.create",
    onBehalfOfInstitutionId: input.leadInstitutionId,
    changes: { status: { before: null, after: to }, title: { before: null, after: input.title } },
    context: {},
  }),
  result: ({ id, to }) => ({ programmeId: id, status: to }),
});
