import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/server-link";

/**
 * The header's link to the notifications page with the unread count, for signed-in viewers.
 * A Server Component (works without JavaScript); the count is read with the header (server/pages/layout/header.ts).
 */
export async function NotificationBell({ locale, unread, className = "" }: { locale: string; unread: number; className?: string }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "notifications" }), getFormatter({ locale })]);
  return (
    <Link href="/notifications" className={`inline-flex items-center gap-1.5 ${className}`}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 fill-none stroke-current" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {/* The accessible name is the full sentence ("Notifications, 3 unread"); the short visible form is hidden from screen readers. */}
      <span className="sr-only">{t("bell.label", { count: unread })}</span>
      <span aria-hidden="true" className="hidden sm:inline">{t("bell.text")}</span>
      {unread > 0 && (
        <span aria-hidden="true" className="min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs font-semibold leading-5 text-white">
          {unread > 99 ? t("bell.many") : format.number(unread)}
        </span>
      )}
    </Link>
  );
}
