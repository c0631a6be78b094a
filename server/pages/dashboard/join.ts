// /dashboard/join — finding an institution to join, and asking to join the chosen one.
import { idSchema } from "../../institutions/schemas";
import { pageRead, signedIn, type PageContext } from "../page-read";

export type JoinFilters = { q?: string; country?: string; page: number };

/** The chosen institution; null when it is not available to join (an unknown or malformed id, or one the viewer may not see). */
async function chosenInstitution(ctx: PageContext, institutionId: string | undefined) {
  if (!institutionId) return undefined;
  if (!idSchema.safeParse(institutionId).success) return null;
  return ctx.api.institutions.byId({ institutionId }).catch((error: unknown) => {
    if (["NOT_FOUND", "FORBIDDEN"].includes((error as { code?: string }).code ?? "")) return null;
    throw error;
  });
}

export const joinPage = pageRead("joinPage", async (ctx, filters: JoinFilters, chosenId: string | undefined) => {
  signedIn(ctx);
  const [chosen, directory, countries, mine] = await Promise.all([
    chosenInstitution(ctx, chosenId),
    ctx.api.institutions.directory({ q: filters.q, country: filters.country, page: filters.page }),
    ctx.api.reference.countries(),
    ctx.api.account.myMemberships(),
  ]);
  const live = chosen ? mine.find((m) => m.institutionId === chosen.id)?.status : undefined;
  return { chosen, directory, countries, existing: live === "active" || live === "requested" || live === "invited" ? live : null };
});
