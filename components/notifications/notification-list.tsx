import { getFormatter, getTranslations } from "next-intl/server";
import { MarkReadButton } from "./mark-read-button";
import { NotificationLink } from "./notification-link";
import { notificationMessage } from "./notification-text";

export type NotificationItem = { id: string; kind: string; params: Record<string, string>; path: string; readAt: Date | null; createdAt: Date };

/** The viewer's latest notifications: translated text linking to its page, when, and an unread marker with "Mark as read". */
export async function NotificationList({ locale, items }: { locale: string; items: NotificationItem[] }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "notifications" }), getFormatter({ locale })]);
  const now = new Date();
  return (
    <ul aria-label={t("listLabel")} className="divide-y divide-gray-200 rounded border border-gray-200 bg-white">
      {items.map((n) => {
        const unread = n.readAt === null;
        const { key, values } = notificationMessage(n.kind, n.params);
        const text = t(key, values);
        return (
          <li key={n.id} className={`flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between ${unread ? "border-s-4 border-s-brand-700 bg-brand-50" : ""}`}>
            <div className="min-w-0">
              {unread && <span className="me-2 inline-block rounded bg-brand-700 px-1.5 py-0.5 text-xs font-semibold text-white">{t("unread")}</span>}
              <span className={unread ? "font-semibold" : undefined}>
                <NotificationLink id={n.id} path={n.path} unread={unread}>
                  {text}
                </NotificationLink>
              </span>
              <p className="mt-1 text-sm text-gray-700">
                <time dateTime={new Date(n.createdAt).toISOString()}>{format.relativeTime(new Date(n.createdAt), now)}</time>
              </p>
            </div>
            {unread && (
              <div className="shrink-0">
                <MarkReadButton id={n.id} label={t("markReadLabel", { text })}>
                  {t("markRead")}
                </MarkReadButton>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
