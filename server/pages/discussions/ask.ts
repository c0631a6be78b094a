// /programmes/[reference]/questions — asking a public question on an open programme (signed in).
import { pageRead, signedIn } from "../page-read";

export const askQuestionPage = pageRead("askQuestionPage", async (ctx, reference: string) => {
  signedIn(ctx);
  const data = await ctx.api.catalogue.byReference({ reference });
  const questions = await ctx.api.discussions.publicQuestions({ programmeId: data.programme.id, page: 1 });
  return { programme: { id: data.programme.id, reference: data.programme.reference, title: data.programme.title }, questions };
});
