import type { ReactNode } from "react";
import { Link } from "@/i18n/server-link";

/**
 * A <link> tag for t.rich(): its content becomes a locale-aware link to `href`. Every message
 * using it links a report's title ("<link>{title}</link>"): the title is the admin's text, so it
 * is isolated (<bdi>) from the sentence around it.
 */
export function richLink(href: string, className = "text-brand-700 underline hover:text-brand-800") {
  return function RichLink(chunks: ReactNode) {
    return (
      <Link href={href} className={className}>
        <bdi>{chunks}</bdi>
      </Link>
    );
  };
}
