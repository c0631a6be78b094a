import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { rubricCriteria } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { invalidFields } from "../errors";
import { commit } from "../workflow/commit";
import { requestFacts, type UseCaseContext } from "../context";

/** The review rubric of PRODUCT.md, with default weights (percent). */
export const DEFAULT_RUBRIC = [
  { code: "relevance", weight: 20 },
  { code: "feasibility", weight: 20 },
  { code: "inclusiveness", weight: 15 },
  { code: "mutual_benefit", weight: 15 },
  { code: "sustainability", weight: 15 },
  { code: "data_governance", weight: 15 },
] as const;

/** Inserts the default criteria that do not exist yet (idempotent; never overwrites an admin's weights). */
export async function ensureDefaultRubric(db: Executor) {
  await db
    .insert(rubricCriteria)
    .ignore()
    .values(DEFAULT_RUBRIC.map((c, position) => ({ ...c, position, active: true })));
}

export async function listRubric(ctx: UseCaseContext) {
  assertCan(ctx.viewer, "review.configureRubric");
  return ctx.db.select().from(rubricCriteria).orderBy(asc(rubricCriteria.position));
}

/** Admin changes the weights / switches criteria on or off; reviews already submitted keep their frozen weighted score. */
export async function updateRubric(ctx: UseCaseContext, input: { criteria: { code: string; weight: number; active: boolean }[] }) {
  assertCan(ctx.viewer, "review.configureRubric");
  const before = await ctx.db.select().from(rubricCriteria);
  const known = new Set(before.map((b) => b.code));
  const unknown = input.criteria.filter((c) => !known.has(c.code)).map((c) => c.code);
  if (unknown.length) throw invalidFields({ criteria: ["validation.invalidId"] });
  await commit(ctx.db, {
    changes: input.criteria.map((c) => ({ statement: ctx.db.update(rubricCriteria).set({ weight: c.weight, active: c.active }).where(eq(rubricCriteria.code, c.code)) })),
    event: {
      action: "review.configure_rubric",
      objectType: "rubric",
      objectId: "default",
      actorUserId: ctx.viewer.userId,
      onBehalfOfInstitutionId: null,
      changes: Object.fromEntries(
        input.criteria.map((c) => {
          const old = before.find((b) => b.code === c.code);
          return [c.code, { before: old ? { weight: old.weight, active: old.active } : null, after: { weight: c.weight, active: c.active } }];
        }),
      ),
      context: {},
    },
    request: requestFacts(ctx.meta),
  });
  return { updated: input.criteria.length };
}
