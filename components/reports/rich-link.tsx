import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

/** A <link> tag for t.rich(): the translated words become a locale-aware link to `href`. */
export function richLink(href: string, className = "text-brand-700 underline hover:text-brand-800") {
  return function RichLink(chunks: ReactNode) {
    return (
      <Link href={href} className={className}>
        {chunks}
      </Link>
    );
  };
}
