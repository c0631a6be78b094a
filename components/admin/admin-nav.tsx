import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export type AdminSection = "overview" | "institutions" | "users" | "audit" | "reviewDesk" | "rubric" | "reports" | "figures" | "outbox";

const SECTIONS: { key: AdminSection; href: string }[] = [
  { key: "overview", href: "/admin" },
  { key: "institutions", href: "/admin/institutions" },
  { key: "users", href: "/admin/users" },
  { key: "audit", href: "/admin/audit" },
  { key: "reviewDesk", href: "/review-desk" },
  { key: "rubric", href: "/admin/rubric" },
  { key: "reports", href: "/admin/reports" },
  { key: "figures", href: "/admin/figures" },
  { key: "outbox", href: "/admin/outbox" },
];
/** Labels of the review sections live in the reviewDesk namespace, those of the transparency sections in transparency. */
const REVIEW_SECTIONS: readonly AdminSection[] = ["reviewDesk", "rubric"];
const TRANSPARENCY_SECTIONS: readonly AdminSection[] = ["reports", "figures"];

/** Links between the administration areas; the current one is marked for assistive technology. */
export async function AdminNav({ locale, current }: { locale: string; current: AdminSection }) {
  const [t, tReview, tTransparency, tOutbox] = await Promise.all([
    getTranslations({ locale, namespace: "admin.nav" }),
    getTranslations({ locale, namespace: "reviewDesk.nav" }),
    getTranslations({ locale, namespace: "transparency.adminNav" }),
    getTranslations({ locale, namespace: "outbox" }),
  ]);
  const label = (key: AdminSection) =>
    key === "outbox" ? tOutbox("nav") : REVIEW_SECTIONS.includes(key) ? tReview(key) : TRANSPARENCY_SECTIONS.includes(key) ? tTransparency(key) : t(key);
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-gray-200">
      <ul className="-mb-px flex flex-wrap gap-x-1 text-sm">
        {SECTIONS.map(({ key, href }) => (
          <li key={key}>
            <Link
              href={href}
              aria-current={key === current ? "page" : undefined}
              className={`inline-block border-b-2 px-3 py-2 ${
                key === current ? "border-brand-700 font-semibold text-brand-800" : "border-transparent text-gray-700 hover:border-gray-300 hover:text-gray-900"
              }`}
            >
              {label(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
