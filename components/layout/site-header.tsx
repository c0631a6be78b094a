import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import type { SiteHeaderView } from "@/server/pages/layout/header";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { LanguageSwitcher } from "./language-switcher";

/** Server-rendered header: navigation works without JavaScript. What it shows is read by the layout (server/pages/layout/header.ts). */
export async function SiteHeader({ locale, view }: { locale: Locale; view: SiteHeaderView }) {
  const [t, tReviews] = await Promise.all([getTranslations({ locale, namespace: "common" }), getTranslations({ locale, namespace: "reviews" })]);
  const viewer = view.signedIn;
  const linkClass = "rounded px-2 py-1 hover:bg-brand-50 hover:text-brand-800";
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-700">
          {t("siteName")}
        </Link>
        <nav aria-label={t("mainNavigation")} className="flex flex-1 flex-wrap items-center gap-1 text-sm">
          <Link href="/programmes" className={linkClass}>
            {t("nav.programmes")}
          </Link>
          <Link href="/institutions" className={linkClass}>
            {t("nav.institutions")}
          </Link>
          <Link href="/transparency" className={linkClass}>
            {t("nav.transparency")}
          </Link>
          {viewer && (
            <Link href="/dashboard" className={linkClass}>
              {t("nav.dashboard")}
            </Link>
          )}
          {view.links.reviews && (
            <Link href="/reviews" className={linkClass}>
              {tReviews("nav.reviews")}
            </Link>
          )}
          {view.links.reviewDesk && (
            <Link href="/review-desk" className={linkClass}>
              {tReviews("nav.reviewDesk")}
            </Link>
          )}
          {view.links.admin && (
            <Link href="/admin" className={linkClass}>
              {t("nav.admin")}
            </Link>
          )}
        </nav>
        <div className="flex items-center gap-2 text-sm">
          <LanguageSwitcher label={t("language")} current={locale} />
          {viewer ? (
            <>
              <NotificationBell locale={locale} unread={viewer.unread} className={linkClass} />
              <Link href="/account" className={linkClass}>
                {viewer.name}
              </Link>
              <Link href="/sign-out" className={linkClass}>
                {t("nav.signOut")}
              </Link>
            </>
          ) : (
            <>
              <Link href="/sign-in" className={linkClass}>
                {t("nav.signIn")}
              </Link>
              <Link href="/sign-up" className="rounded bg-brand-700 px-3 py-1 font-medium text-white hover:bg-brand-800">
                {t("nav.signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
