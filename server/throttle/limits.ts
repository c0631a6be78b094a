// Every abuse limit of the platform, in one place. Counting windows slide (see window-counter.ts):
// "20 an hour" means at most 20 in ANY hour, never 40 across the turn of an hour.

/** At most `limit` hits in any `periodSeconds`, counted in slices of `sliceSeconds`. */
export type WindowRule = { readonly purpose: string; readonly limit: number; readonly periodSeconds: number; readonly sliceSeconds: number };

/**
 * Failed attempts back off exponentially: from the `threshold`-th consecutive failure, the key
 * is refused for 1 minute, then 2, 4, 8 and at most 15 minutes after each further failure.
 * Never a permanent lock; failures older than a day are forgotten; a success (for an account) resets it.
 */
export type BackoffRule = { readonly purpose: string; readonly threshold: number };
export const BACKOFF = { baseSeconds: 60, capSeconds: 15 * 60, forgetSeconds: 24 * 60 * 60 } as const;

const HOUR = 60 * 60;

export const LIMITS = {
  /** Wrong passwords (or unknown emails) for one email address. */
  signInAccount: { purpose: "signin_account", threshold: 5 },
  /** Failed sign-ins from one client address: higher, as a campus or an office shares one address. */
  signInAddress: { purpose: "signin_address", threshold: 20 },

  /** Wrong second-factor codes or passkey assertions of one account (signing, removing a factor, confirming enrolment). */
  stepUpUser: { purpose: "step_up_user", threshold: 5 },

  /** Emails sent to one address by sign-up, password reset and verification resend together. */
  emailsToAddress: { purpose: "email_to", limit: 3, periodSeconds: HOUR, sliceSeconds: 5 * 60 },
  signUpPerAddress: { purpose: "signup_address", limit: 20, periodSeconds: HOUR, sliceSeconds: 5 * 60 },
  resetPerAddress: { purpose: "reset_address", limit: 20, periodSeconds: HOUR, sliceSeconds: 5 * 60 },
  verifyResendPerAddress: { purpose: "verify_address", limit: 20, periodSeconds: HOUR, sliceSeconds: 5 * 60 },

  /** Every mutation of one signed-in user: generous, against runaway scripts and abuse. */
  mutationsPerUser: { purpose: "mutations", limit: 300, periodSeconds: 10 * 60, sliceSeconds: 60 },
  /** Every call made with one personal API token (/api/v1 and tRPC), reads included. */
  callsPerApiToken: { purpose: "api_token", limit: 600, periodSeconds: 10 * 60, sliceSeconds: 60 },
} as const satisfies Record<string, WindowRule | BackoffRule>;
