import { getFormatter, getTranslations } from "next-intl/server";
import type { ActivityItem } from "@/server/coauthoring/activity-items";
import { Link } from "@/i18n/navigation";

type Props = { locale: string; programmeId: string; items: readonly ActivityItem[]; nextCursor: number | null; firstPage: boolean };

/** One programme's activity, newest first, a page at a time: what happened, when, and — for the parties' own acts — who. */
export async function ActivityFeed({ locale, programmeId, items, nextCursor, firstPage }: Props) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "coauthoring" }), getFormatter({ locale })]);
  const sectionName = (s: string | null) => (s && t.has(`sections.${s}`) ? t(`sections.${s}`) : "");
  return (
    <div>
      {items.length === 0 ? (
        <p className="text-gray-700">{t("activity.empty")}</p>
      ) : (
        <ol className="relative mb-6 space-y-4 border-s-2 border-gray-200 ps-5" data-testid="activity-feed">
          {items.map((item) => {
            const key = `activity.actions.${item.action.replace(".", "_")}`;
            const when = new Date(item.occurredAt);
            return (
              <li key={item.cursor} className="relative">
                <span aria-hidden="true" className="absolute -start-[1.72rem] top-1.5 size-3 rounded-full border-2 border-white bg-brand-600" />
                <p className="font-medium" dir="auto">
                  {item.thread ? (
                    t.rich(key as "activity.actions.discussion_post", {
                      subject: item.thread.subject,
                      thread: (chunks) => (
                        <Link href={item.thread?.audience === "public" ? `/programmes/${programmeId}#question-${item.thread.id}` : `/discussions/${item.thread?.id ?? ""}`} className="text-brand-700 underline">
                          <bdi>{chunks}</bdi>
                        </Link>
                      ),
                    })
                  ) : t.has(key) ? t(key, { section: sectionName(item.section), revision: item.revision ?? 0, institution: item.concernedInstitutionName ?? "" }) : item.action}
                  {item.fields.length > 0 && <span className="font-normal text-gray-700"> · {t("activity.fields", { count: item.fields.length })}</span>}
                </p>
                <p className="text-sm text-gray-700">
                  {item.actorName && item.institutionName && <span dir="auto">{t("activity.by", { name: item.actorName, institution: item.institutionName })} · </span>}
                  {!item.actorName && item.institutionName && item.thread && <bdi>{item.institutionName} · </bdi>}
                  {item.reviewerNumber !== null && <span>{t("activity.byReviewer", { number: item.reviewerNumber })} · </span>}
                  <time dateTime={when.toISOString()}>{format.dateTime(when, { dateStyle: "medium", timeStyle: "short" })}</time>
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <nav aria-label={t("activity.title")} className="flex flex-wrap gap-4">
        {!firstPage && (
          <Link href={`/proposals/${programmeId}/activity`} className="text-brand-700 underline">
            {t("activity.newest")}
          </Link>
        )}
        {nextCursor !== null && (
          <Link href={`/proposals/${programmeId}/activity?before=${nextCursor}`} className="text-brand-700 underline">
            {t("activity.older")}
          </Link>
        )}
      </nav>
    </div>
  );
}
