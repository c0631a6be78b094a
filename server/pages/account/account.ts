// /account, /sign-in, /sign-out — the signed-in user's profile and the pages around signing in.
import { demoData } from "../../platform/demo-accounts";
import { pageRead, signedIn } from "../page-read";

/** The profile: name, email, platform roles and memberships, as loaded for this request; the personal API tokens and the second factors (never their secrets); the email preferences. */
export const accountPage = pageRead("accountPage", async (ctx) => {
  const viewer = signedIn(ctx);
  const [apiTokens, secondFactors, notificationPreferences] = await Promise.all([ctx.api.apiTokens.list(), ctx.api.stepUp.mine(), ctx.api.notifications.preferences()]);
  return { name: viewer.name, email: viewer.email, locale: viewer.locale, accountVersion: viewer.accountVersion ?? 1, roles: viewer.roles, memberships: viewer.memberships, apiTokens, secondFactors, notificationPreferences };
});

/** Anybody: who is already signed in, and the demo accounts when demo data is loaded (never in production). */
export const signInPage = pageRead("signInPage", async (ctx) => ({
  signedInAs: ctx.viewer?.name ?? null,
  demo: await demoData(ctx.db),
}));

/** Anybody: the signed-in user's name and email, to confirm signing out. */
export const signOutPage = pageRead("signOutPage", (ctx) => Promise.resolve({ viewer: ctx.viewer ? { name: ctx.viewer.name, email: ctx.viewer.email } : null }));
