import { Link } from "@/i18n/navigation";

/** The link back to the page above (dashboard, workspace, desk) at the top of a page. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <p className="mb-4 text-sm">
      <Link href={href} className="text-brand-700 underline">
        {children}
      </Link>
    </p>
  );
}
