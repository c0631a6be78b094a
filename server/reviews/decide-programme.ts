import type { Database } from "@/db/client";
import { newId } from "@/db/ids";
import { programmeDecisions, type DecisionOutcome } from "@/db/schema";
import { can } from "../authz/permissions";
import { relationHolds } from "../authz/relations";
import { conflict, DomainError, invalidFields } from "../errors";
import { onProgramme, programmeMoved, type FoundProgramme } from "../programmes/programme-step";
import { findProgramme, programmeSubject } from "../programmes/queries";
import { transition } from "../workflow/transition";
import { currentReviewCount, reviewPolicy } from "./queries";

const EVENT_OF = { approve: "approve", request_changes: "requestChanges", reject: "reject" } as const;

export type DecideInput = { programmeId: string; version: number; outcome: DecisionOutcome; letter: string; overrideReason?: string };

type Loaded = FoundProgramme & { reviewCount: number; quorum: number };

async function load(db: Database, input: DecideInput): Promise<Loaded | undefined> {
  const [found, reviewCount, policy] = await Promise.all([findProgramme(db, input.programmeId), currentReviewCount(db, input.programmeId), reviewPolicy(db)]);
  return found && { ...found, reviewCount, quorum: policy.quorum };
}

/** Whether this decision overrides the panel: not the chair deciding, or the quorum not met. */
const overrides = (facts: { viewer: Parameters<typeof relationHolds>[0]; loaded: Loaded }) =>
  !relationHolds(facts.viewer, "chair", programmeSubject(facts.loaded.programme, facts.loaded.panel)) || facts.loaded.reviewCount < facts.loaded.quorum;

const overrideReasonOf = (facts: { viewer: Parameters<typeof relationHolds>[0]; loaded: Loaded; input: DecideInput }) =>
  overrides(facts) ? facts.input.overrideReason!.trim() : null;

/**
 * The chair records the decision once the quorum of submitted reviews is met; an admin may
 * decide without quorum (or in the chair's place), giving a reason. Two people deciding at
 * the same moment: exactly one decision stands, the other gets CONFLICT.
 */
export const decideProgramme = transition({
  ...onProgramme<DecideInput>(),
  load,
  event: (input) => EVENT_OF[input.outcome],
  rules: (facts) => {
    const { input, viewer, loaded } = facts;
    if (!input.letter.trim()) throw invalidFields({ letter: ["validation.letterRequired"] });
    if (!overrides(facts)) return;
    if (!can(viewer, "programme.override", programmeSubject(loaded.programme, loaded.panel))) {
      throw new DomainError("QUORUM_NOT_MET", { quorum: loaded.quorum, submitted: loaded.reviewCount });
    }
    if (!input.overrideReason?.trim()) throw invalidFields({ overrideReason: ["validation.reasonRequired"] });
  },
  change: (facts) => ({
    set: { decidedAt: facts.now },
    after: [
      {
        statement: facts.db.insert(programmeDecisions).values({
          id: newId(),
          programmeId: facts.target.id,
          revisionNumber: facts.loaded.programme.currentRevision,
          outcome: facts.input.outcome,
          letter: facts.input.letter,
          decidedByUserId: facts.viewer.userId,
          overrideReason: overrideReasonOf(facts),
        }),
      },
    ],
  }),
  audit: (facts) => ({
    action: `programme.${facts.event}`,
    onBehalfOfInstitutionId: null,
    changes: { status: { before: facts.from, after: facts.to } },
    context: { reason: overrideReasonOf(facts), reviews: facts.loaded.reviewCount },
  }),
  notices: ({ loaded: { programme } }) => [
    { to: { users: [programme.createdByUserId] }, kind: "programmeDecided", params: { reference: programme.reference, title: programme.title }, path: `/proposals/${programme.id}` },
  ],
  // The unique decision per revision: somebody decided first.
  onDuplicate: () => conflict("decision"),
  result: programmeMoved,
});
