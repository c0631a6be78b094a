// /proposals/[id]/coauthor, /proposals/[id]/activity and /proposals/[id]/history — co-authoring a
// proposal and a programme's activity feed, for the members of its lead and co-lead institutions,
// and admins; and the revision history, also for its panel (submitted revisions only).
import { idSchema } from "../../institutions/schemas";
import { notFoundUnless, pageRead, signedIn } from "../page-read";
import { referenceLists } from "../reference";

/** The sections with their versions, what the reader may do, the names of lead and co-leads, and the form's reference lists. */
export const coauthorPage = pageRead("coauthorPage", async (ctx, programmeId: string) => {
  signedIn(ctx);
  notFoundUnless(idSchema.safeParse(programmeId).success, "programme");
  const [sections, programme, reference] = await Promise.all([ctx.api.coauthoring.sections({ programmeId }), ctx.api.programmes.byId({ programmeId }), referenceLists(ctx)]);
  return { ...sections, referenceLists: reference, leadName: programme.leadName, coLeads: programme.coLeads.map((c) => ({ id: c.id, name: c.name })) };
});

/** A page of the activity feed, newest first (`before`: the cursor of the last item of the page before). */
export const activityPage = pageRead("activityPage", async (ctx, programmeId: string, before?: string) => {
  signedIn(ctx);
  notFoundUnless(idSchema.safeParse(programmeId).success, "programme");
  const cursor = before && /^\d{1,15}$/.test(before) ? Number(before) : undefined;
  const [activity, programme] = await Promise.all([ctx.api.coauthoring.activity({ programmeId, before: cursor, limit: 20 }), ctx.api.programmes.byId({ programmeId })]);
  return { ...activity, programmeId, reference: programme.programme.reference, title: programme.programme.title, firstPage: cursor === undefined };
});

/** A page of the revision history, newest first (`before`: the cursor of the last entry of the page before). */
export const historyPage = pageRead("historyPage", async (ctx, programmeId: string, before?: string) => {
  signedIn(ctx);
  notFoundUnless(idSchema.safeParse(programmeId).success, "programme");
  const cursor = before && /^\d{1,15}$/.test(before) ? Number(before) : undefined;
  const [history, programme] = await Promise.all([ctx.api.coauthoring.history({ programmeId, before: cursor }), ctx.api.programmes.byId({ programmeId })]);
  return { ...history, programmeId, reference: programme.programme.reference, title: programme.programme.title, firstPage: cursor === undefined };
});
