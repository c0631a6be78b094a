import { driverErrorCode } from "@/db/client";
import { newId } from "@/db/ids";
import { programmeDecisions, type DecisionOutcome } from "@/db/schema";
import { assertCan, can } from "../authz/permissions";
import { relationHolds } from "../authz/relations";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { conflict, DomainError, invalidFields, notFound } from "../errors";
import { notify } from "../notifications/notify";
import { findProgramme, guardedProgrammeUpdate, programmeSubject } from "../programmes/queries";
import { programmeMachine } from "../programmes/transitions";
import { commitAtomic } from "../workflow/commit-transition";
import { nextState } from "../workflow/state-machine";
import { currentReviewCount, reviewPolicy } from "./queries";

const EVENT_OF = { approve: "approve", request_changes: "requestChanges", reject: "reject" } as const;

export type DecideInput = { programmeId: string; version: number; outcome: DecisionOutcome; letter: string; overrideReason?: string };

/**
 * The chair records the decision once the quorum of submitted reviews is met; an admin may
 * decide without quorum (or in the chair's place), giving a reason. Two people deciding at
 * the same moment: exactly one decision stands, the other gets CONFLICT.
 */
export async function decideProgramme(ctx: UseCaseContext, input: DecideInput) {
  const { db, viewer } = ctx;
  const [found, reviewCount, policy] = await Promise.all([findProgramme(db, input.programmeId), currentReviewCount(db, input.programmeId), reviewPolicy(db)]);
  if (!found) throw notFound("programme");
  const { programme } = found;
  const subject = programmeSubject(programme, found.panel);
  assertCan(viewer, "programme.decide", subject);
  // A stale page (somebody decided first) is a conflict, whatever state the programme is in now.
  if (programme.version !== input.version) throw conflict("programme");
  const event = EVENT_OF[input.outcome];
  const to = nextState(programmeMachine, programme.status, event);
  if (!input.letter.trim()) throw invalidFields({ letter: ["validation.letterRequired"] });

  const isChair = relationHolds(viewer, "chair", subject);
  const override = !isChair || reviewCount < policy.quorum;
  if (override) {
    if (!can(viewer, "programme.override", subject)) throw new DomainError("QUORUM_NOT_MET", { quorum: policy.quorum, submitted: reviewCount });
    if (!input.overrideReason?.trim()) throw invalidFields({ overrideReason: ["validation.reasonRequired"] });
  }

  const now = new Date();
  try {
    await commitAtomic(
      db,
      [
        guardedProgrammeUpdate(db, programme.id, programme, { status: to, decidedAt: now }),
        {
          statement: db.insert(programmeDecisions).values({
            id: newId(),
            programmeId: programme.id,
            revisionNumber: programme.currentRevision,
            outcome: input.outcome,
            letter: input.letter,
            decidedByUserId: viewer.userId,
            overrideReason: override ? input.overrideReason!.trim() : null,
          }),
        },
      ],
      {
        actorUserId: viewer.userId,
        action: `programme.${event}`,
        objectType: "programme",
        objectId: programme.id,
        changes: { status: { before: programme.status, after: to } },
        context: { ...metaContext(ctx.meta), reason: override ? input.overrideReason!.trim() : null, reviews: reviewCount },
      },
    );
  } catch (error) {
    if (driverErrorCode(error) === "ER_DUP_ENTRY") throw conflict("decision");
    throw error;
  }
  await afterResponse(ctx, () =>
    notify(db, { userIds: [programme.createdByUserId] }, "programmeDecided", { reference: programme.reference, title: programme.title }, `/proposals/${programme.id}`),
  );
  return { programmeId: programme.id, status: to, version: programme.version + 1 };
}
