/**
 * Where to go after signing in: the callbackUrl when it stays on this site and in this
 * language (a path starting with "/<locale>/"), otherwise the dashboard. Never an open redirect.
 */
export function afterSignInPath(locale: string, callbackUrl: string | null | undefined, origin: string): string {
  const fallback = `/${locale}/dashboard`;
  if (!callbackUrl) return fallback;
  try {
    const url = new URL(callbackUrl, origin);
    if (url.origin !== origin || !url.pathname.startsWith(`/${locale}/`)) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
