import { Link } from "@/i18n/navigation";

/** A row of links to the pages beside this one (below a page's heading, or at its end). */
export function RelatedLinks({ links, className = "mb-6" }: { links: readonly { href: string; label: string }[]; className?: string }) {
  return (
    <p className={`${className} flex flex-wrap gap-x-4 gap-y-2`}>
      {links.map((link) => (
        <Link key={link.href} href={link.href} className="text-brand-700 underline hover:text-brand-800">
          {link.label}
        </Link>
      ))}
    </p>
  );
}
