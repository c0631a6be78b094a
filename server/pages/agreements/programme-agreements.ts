// /proposals/[id]/agreements — a programme's data-sharing agreements, for its institutions.
import { idSchema } from "../../institutions/schemas";
import { notFoundUnless, pageRead, signedIn } from "../page-read";

/** Every version with its status, the templates for a new draft, and whether the proposal page opens for the reader (to link back). */
export const programmeAgreementsPage = pageRead("programmeAgreementsPage", async (ctx, programmeId: string) => {
  signedIn(ctx);
  notFoundUnless(idSchema.safeParse(programmeId).success, "programme");
  const [list, proposalVisible] = await Promise.all([
    ctx.api.agreements.forProgramme({ programmeId }),
    ctx.api.programmes.byId({ programmeId }).then(
      (p) => p.canSeePrivate,
      () => false,
    ),
  ]);
  return { ...list, proposalVisible };
});
