/** "https://www.uonbi.ac.ke/" → "uonbi.ac.ke"; null when the address is not http(s). */
function displayHost(href: string): string | null {
  try {
    const url = new URL(href);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return url.host.replace(/^www\./, "") + (url.pathname === "/" ? "" : url.pathname);
  } catch {
    return null;
  }
}

/** A link to an institution's own site, shown as its host name. Only http(s) addresses become links. */
export function WebsiteLink({ href }: { href: string }) {
  const host = displayHost(href);
  if (host === null) return <span className="break-all">{href}</span>;
  return (
    <a href={href} rel="noopener noreferrer nofollow" dir="ltr" className="break-all text-brand-700 underline hover:text-brand-800">
      {host}
    </a>
  );
}
