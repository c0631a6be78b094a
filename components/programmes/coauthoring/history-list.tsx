import { getFormatter, getTranslations } from "next-intl/server";
import type { HistoryItem } from "@/server/coauthoring/history-items";
import { Link } from "@/i18n/navigation";

type Props = { locale: string; programmeId: string; items: readonly HistoryItem[]; nextCursor: number | null; firstPage: boolean };

/** A proposal's revision history, newest first: each save (section, who, which fields, old → new for short values) and each submitted revision. */
export async function HistoryList({ locale, programmeId, items, nextCursor, firstPage }: Props) {
  const [t, tp, format] = await Promise.all([getTranslations({ locale, namespace: "coauthoring" }), getTranslations({ locale, namespace: "programmes" }), getFormatter({ locale })]);
  const sectionName = (s: string | null) => (s && t.has(`sections.${s}`) ? t(`sections.${s}`) : t("history.wholeForm"));
  const fieldName = (f: string) => (tp.has(`fields.${f}`) ? tp(`fields.${f}`) : f);
  return (
    <div>
      {items.length === 0 ? (
        <p className="text-gray-700">{t("history.empty")}</p>
      ) : (
        <ol className="mb-6 space-y-4" data-testid="history">
          {items.map((item) => {
            const when = new Date(item.occurredAt);
            return (
              <li key={item.cursor} className="rounded border border-gray-200 p-3">
                <p className="font-medium">{item.kind === "revision" ? t("history.revision", { revision: item.revision ?? 0 }) : t("history.saved", { section: sectionName(item.section) })}</p>
                <p className="text-sm text-gray-700">
                  {item.actorName && item.institutionName && <span dir="auto">{t("activity.by", { name: item.actorName, institution: item.institutionName })} · </span>}
                  <time dateTime={when.toISOString()}>{format.dateTime(when, { dateStyle: "medium", timeStyle: "short" })}</time>
                </p>
                {item.changes.length > 0 && (
                  <ul className="mt-2 space-y-1 text-sm">
                    {item.changes.map((c) => (
                      <li key={c.field}>
                        <span className="font-medium">{fieldName(c.field)}</span>
                        {c.shown ? (
                          <>
                            {": "}
                            <del className="text-gray-600">
                              <bdi>{c.before ?? t("history.empty_value")}</bdi>
                            </del>
                            {" → "}
                            <ins className="no-underline">
                              <bdi>{c.after ?? t("history.empty_value")}</bdi>
                            </ins>
                          </>
                        ) : (
                          <span className="text-gray-700"> ({t("history.longValue")})</span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <nav aria-label={t("history.title")} className="flex flex-wrap gap-4">
        {!firstPage && (
          <Link href={`/proposals/${programmeId}/history`} className="text-brand-700 underline">
            {t("activity.newest")}
          </Link>
        )}
        {nextCursor !== null && (
          <Link href={`/proposals/${programmeId}/history?before=${nextCursor}`} className="text-brand-700 underline">
            {t("history.older")}
          </Link>
        )}
      </nav>
    </div>
  );
}
