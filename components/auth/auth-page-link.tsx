import { Link } from "@/i18n/server-link";
import { linkClass } from "./auth-page";

/** The line under an account form that leads to its neighbour ("No account yet? Create one"): a plain link, no script. */
export function AuthPageLink({ before, href, children }: { before?: string; href: string; children: string }) {
  return (
    <p className="mt-6 text-sm text-gray-700">
      {before && <>{before} </>}
      <Link href={href} className={linkClass}>
        {children}
      </Link>
    </p>
  );
}
