import { getTranslations } from "next-intl/server";
import { openPage, type LocalePageProps } from "@/app/page-props";
import { PageHeading } from "@/components/ui/page-heading";
import { EmptyNote } from "@/components/ui/empty-note";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { NotificationList } from "@/components/notifications/notification-list";
import { notificationsPage } from "@/server/pages/notifications";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";

export const generateMetadata = titleFrom("notifications");

/** The signed-in user's notifications, newest first, with the unread ones marked. */
export default async function NotificationsPage(props: LocalePageProps) {
  const { locale } = await openPage(props);
  const [t, list] = await Promise.all([getTranslations({ locale, namespace: "notifications" }), readPage(notificationsPage, { locale, path: "/notifications" })]);
  return (
    <div className="max-w-4xl">
      <PageHeading title={t("title")} intro={t("intro")} introClassName="mb-4 text-gray-700" />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <p className="font-medium">{t("summary", { count: list.unread })}</p>
        {list.unread > 0 && <MarkReadButton>{t("markAll")}</MarkReadButton>}
      </div>
      {list.items.length === 0 ? (
        <EmptyNote>{t("empty")}</EmptyNote>
      ) : (
        <NotificationList locale={locale} items={list.items} />
      )}
      {list.items.length >= list.limit && <p className="mt-3 text-sm text-gray-700">{t("latestOnly", { count: list.items.length })}</p>}
    </div>
  );
}
