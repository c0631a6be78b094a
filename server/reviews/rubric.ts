import { asc, eq } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { rubricCriteria } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { invalidFields } from "../errors";
import type { UseCaseContext } from "../context";
import { action } from "../workflow/transition";

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

export type UpdateRubricInput = { criteria: { code: string; weight: number; active: boolean }[] };

/** Admin changes the weights / switches criteria on or off; reviews already submitted keep their frozen weighted score. */
export const updateRubric = action({
  permission: "review.configureRubric",
  object: "rubric",
  load: (db: Database, _input: UpdateRubricInput) => db.select().from(rubricCriteria),
  rules: ({ input, loaded: before }) => {
    const known = new Set(before.map((b) => b.code));
    if (input.criteria.some((c) => !known.has(c.code))) throw invalidFields({ criteria: ["validation.invalidId"] });
  },
  change: ({ db, input }) => input.criteria.map((c) => ({ statement: db.update(rubricCriteria).set({ weight: c.weight, active: c.active }).where(eq(rubricCriteria.code, c.code)) })),
  objectId: () => "default",
  audit: ({ input, loaded: before }) => ({
    action: "review.configure_rubric",
    onBehalfOfInstitutionId: null,
    changes: Object.fromEntries(
      input.criteria.map((c) => {
        const old = before.find((b) => b.code === c.code);
        return [c.code, { before: old ? { weight: old.weight, active: old.active } : null, after: { weight: c.weight, active: c.active } }];
      }),
    ),
    context: {},
  }),
  result: ({ input }) => ({ updated: input.criteria.length }),
});
