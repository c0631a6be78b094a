import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/server-link";
import type { Locale } from "@/i18n/locales";
import type { SiteHeaderView } from "@/server/pages/layout/header";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { LanguageSwitcher } from "./language-switcher";
import { MENU_PANEL, MENU_SUMMARY } from "./menu-classes";
import { MenuEscape } from "./menu-escape";

const linkClass = "rounded px-2 py-1 hover:bg-brand-50 hover:text-brand-800";

/**
 * Server-rendered header: navigation works without JavaScript. What it shows is read by the layout
 * (server/pages/layout/header.ts). From `sm` up every link is in one row; on a phone (360 px) the
 * row holds the name, the language menu, the bell and a "Menu" disclosure with the rest, so the
 * header stays one line high and nothing is clipped (WCAG 1.4.10). Escape closes an open menu.
 */
export async function SiteHeader({ locale, view }: { locale: Locale; view: SiteHeaderView }) {
  const [t, tReviews] = await Promise.all([getTranslations({ locale, namespace: "common" }), getTranslations({ locale, namespace: "reviews" })]);
  const viewer = view.signedIn;
  const navLinks: [string, string][] = [
    ["/programmes", t("nav.programmes")],
    ["/institutions", t("nav.institutions")],
    ["/transparency", t("nav.transparency")],
    ...(viewer ? ([["/dashboard", t("nav.dashboard")]] as [string, string][]) : []),
    ...(view.links.reviews ? ([["/reviews", tReviews("nav.reviews")]] as [string, string][]) : []),
    ...(view.links.reviewDesk ? ([["/review-desk", tReviews("nav.reviewDesk")]] as [string, string][]) : []),
    ...(view.links.admin ? ([["/admin", t("nav.admin")]] as [string, string][]) : []),
  ];
  const account: ReactNode = viewer ? (
    <>
      <Link href="/account" className={`${linkClass} max-w-48 truncate`}>
        <bdi>{viewer.name}</bdi>
      </Link>
      <Link href="/sign-out" className={`${linkClass} whitespace-nowrap`}>
        {t("nav.signOut")}
      </Link>
    </>
  ) : (
    <>
      <Link href="/sign-in" className={`${linkClass} whitespace-nowrap`}>
        {t("nav.signIn")}
      </Link>
      <Link href="/sign-up" className="whitespace-nowrap rounded bg-brand-700 px-3 py-1 font-medium text-white hover:bg-brand-800">
        {t("nav.signUp")}
      </Link>
    </>
  );
  const links = (className: string) =>
    navLinks.map(([href, label]) => (
      <Link key={href} href={href} className={className}>
        {label}
      </Link>
    ));
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="relative mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-700">
          {t("siteName")}
        </Link>
        <nav aria-label={t("mainNavigation")} className="hidden flex-1 flex-wrap items-center gap-1 text-sm sm:flex">
          {links(linkClass)}
        </nav>
        <div className="ms-auto flex items-center gap-1 text-sm sm:ms-0 sm:gap-2">
          <LanguageSwitcher label={t("language")} current={locale} />
          {viewer && <NotificationBell locale={locale} unread={viewer.unread} className={linkClass} />}
          <div className="hidden items-center gap-2 sm:flex">{account}</div>
          <details className="sm:hidden" data-menu="">
            <summary className={MENU_SUMMARY}>{t("menu")}</summary>
            <nav aria-label={t("mainNavigation")} className={`${MENU_PANEL} flex flex-col text-base`}>
              {links(`${linkClass} block px-3 py-2`)}
              <div className="mt-1 flex flex-col border-t border-gray-200 pt-1 [&>a]:px-3 [&>a]:py-2">{account}</div>
            </nav>
          </details>
        </div>
      </div>
      <MenuEscape />
    </header>
  );
}
