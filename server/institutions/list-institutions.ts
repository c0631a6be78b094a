import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { listByStatus, listDirectory } from "./queries";
import type { DirectoryFilters } from "./schemas";

/** The public directory of verified institutions (no sign-in needed). */
export function listInstitutionDirectory(ctx: Pick<UseCaseContext, "db">, filters: DirectoryFilters) {
  return listDirectory(ctx.db, filters);
}

/** The admin's verification queue: pending institutions, plus the suspended and recently verified ones. */
export async function listVerificationQueue(ctx: UseCaseContext) {
  assertCan(ctx.viewer, "institution.reviewQueue");
  const [pending, suspended, verified] = await Promise.all([
    listByStatus(ctx.db, "pending"),
    listByStatus(ctx.db, "suspended", 50),
    listByStatus(ctx.db, "verified", 50),
  ]);
  return { pending, suspended, verified };
}
