// /agreements/[id], /agreements/[id]/edit, /agreements/[id]/record — one agreement version for its parties.
import { SAFEGUARDS } from "../../agreements/content";
import { idSchema } from "../../institutions/schemas";
import { unlessNotFound } from "../outcomes";
import { notFoundUnless, pageRead, PageRedirect, signedIn, type PageContext } from "../page-read";

/** The agreement as agreements.byId gives it to the programme's institutions (anyone else: not found). */
async function agreementFor(ctx: PageContext, agreementId: string) {
  signedIn(ctx);
  notFoundUnless(idSchema.safeParse(agreementId).success, "agreement");
  return ctx.api.agreements.byId({ agreementId });
}

/** The clause threads of the version, for the parties (a participant who reads the agreement but is no party sees none). */
async function clauseThreadsOf(ctx: PageContext, agreementId: string) {
  if (!idSchema.safeParse(agreementId).success) return null;
  return unlessNotFound(ctx.api.discussions.list({ on: "agreement", agreementId, page: 1 }));
}

/** Status, parties, what the viewer may do, checks, terms, fingerprint, versions and (for an amendment) the changes. */
export const agreementPage = pageRead("agreementPage", async (ctx, agreementId: string) => {
  signedIn(ctx);
  // What the sign form asks for (server/step-up/): read with the agreement, in the same wave.
  const [data, factors, clauseThreads] = await Promise.all([agreementFor(ctx, agreementId), ctx.api.stepUp.mine(), clauseThreadsOf(ctx, agreementId)]);
  const partyNames: Record<string, string> = Object.fromEntries([...data.eligibleParties.map((p) => [p.id, p.name] as const), ...data.parties.map((p) => [p.institutionId, p.name] as const)]);
  return {
    ...data,
    partyNames,
    parent: data.parentId ? (data.versions.find((v) => v.id === data.parentId) ?? null) : null,
    terminateFor: data.viewer.terminateFor.map((institutionId) => ({ institutionId, name: partyNames[institutionId] ?? institutionId })),
    clauseThreads,
    stepUp: { required: factors.requiredByPlatform || factors.totp !== null || factors.passkeys.length > 0, code: factors.totp !== null, passkey: factors.passkeys.length > 0 },
  };
});

/** The form while the viewer may edit the agreement (draft, or awaiting signatures); otherwise its page. */
export const agreementEditPage = pageRead("agreementEditPage", async (ctx, agreementId: string) => {
  const data = await agreementFor(ctx, agreementId);
  if (!data.viewer.canEdit) throw new PageRedirect(`/agreements/${agreementId}`);
  return { ...data, countries: await ctx.api.reference.countries(), safeguards: SAFEGUARDS };
});

/** The printable record; with `verify`, the fingerprint recomputed on the server (only once sent). */
export const agreementRecordPage = pageRead("agreementRecordPage", async (ctx, agreementId: string, verify: boolean) => {
  const data = await agreementFor(ctx, agreementId);
  const { agreement } = data;
  // A draft (never sent, or returned to draft by an edit) has no record: its old fingerprint no longer applies.
  const sent = agreement.contentHash !== null && agreement.status !== "draft";
  return { ...data, sent, verification: sent && verify ? await ctx.api.agreements.verify({ agreementId }) : null };
});
