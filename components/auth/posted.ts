/**
 * What a form posted without JavaScript (/api/forms/<form>, server/auth/form-posts.ts) left in
 * the URL of the page it came back to: `?error=` (a domain code, a sign-in refusal or a
 * "validation.…" key), `?retry=` (seconds of a back-off) and `?sent=` (where a link went).
 */
export type Posted = { error: string | null; retryAfterSeconds: number; sent: string | null };

type Query = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

export function postedFrom(query: Query): Posted {
  const error = first(query.error);
  const retry = Number(first(query.retry));
  return {
    error: error && /^[A-Za-z_.]{1,60}$/.test(error) ? error : null,
    retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? Math.min(Math.floor(retry), 86_400) : 0,
    sent: first(query.sent)?.slice(0, 254) ?? null,
  };
}

export const NOTHING_POSTED: Posted = { error: null, retryAfterSeconds: 0, sent: null };
