import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditContext, FieldChanges } from "@/server/vocabulary";

export type AuditRow = {
  entry: {
    id: number;
    occurredAt: Date;
    actorUserId: string | null;
    onBehalfOfInstitutionId: string | null;
    action: string;
    objectType: string;
    objectId: string;
    changes: FieldChanges;
    context: AuditContext;
  };
  actorName: string | null;
  actorEmail: string | null;
  institutionName: string | null;
};

const MAX_VALUE_CHARS = 160;

/** A field value as compact JSON, shortened when long (the full value is in the tooltip). */
function json(value: unknown): { text: string; full: string } {
  const full = value === undefined ? "null" : JSON.stringify(value);
  return { text: full.length > MAX_VALUE_CHARS ? `${full.slice(0, MAX_VALUE_CHARS)}…` : full, full };
}

const contextText = (value: unknown) => (typeof value === "string" ? value : value == null ? null : JSON.stringify(value));

/** The audit entries, newest first. Server-rendered; scrolls sideways on narrow screens. */
export async function AuditTable({ locale, rows }: { locale: string; rows: AuditRow[] }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "admin.audit" }), getFormatter({ locale })]);
  const th = "px-3 py-2 text-start font-semibold";
  const td = "px-3 py-2 align-top";
  const muted = "block text-xs text-gray-600 break-all";

  return (
    <div role="region" aria-labelledby="audit-caption" tabIndex={0} className="overflow-x-auto rounded border border-gray-200 focus:outline-2 focus:outline-brand-600">
      <table className="min-w-full divide-y divide-gray-200 bg-white text-sm">
        <caption id="audit-caption" className="sr-only">
          {t("table.caption")}
        </caption>
        <thead className="bg-gray-50">
          <tr>
            {(["when", "actor", "onBehalfOf", "action", "object", "changes", "context"] as const).map((col) => (
              <th key={col} scope="col" className={th}>
                {t(`table.${col}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200">
          {rows.map(({ entry, actorName, actorEmail, institutionName }) => {
            const changes = Object.entries(entry.changes ?? {});
            const context = (["reason", "ip", "email"] as const)
              .map((key) => ({ key, value: contextText(entry.context?.[key]) }))
              .filter((c): c is { key: "reason" | "ip" | "email"; value: string } => Boolean(c.value));
            return (
              <tr key={entry.id}>
                <td className={`${td} whitespace-nowrap`}>
                  <time dateTime={entry.occurredAt.toISOString()}>
                    {format.dateTime(entry.occurredAt, {
                      year: "numeric",
                      month: "short",
                      day: "numeric",
                      hour: "2-digit",
                      minute: "2-digit",
                      second: "2-digit",
                      timeZone: "UTC",
                      timeZoneName: "short",
                    })}
                  </time>
                </td>
                <td className={td}>
                  {entry.actorUserId === null ? (
                    <span className="italic">{entry.action.startsWith("auth.") ? t("table.anonymous") : t("table.system")}</span>
                  ) : actorName ? (
                    <>
                      {actorName}
                      <span className={muted}>{actorEmail}</span>
                    </>
                  ) : (
                    <span className={muted}>{entry.actorUserId}</span>
                  )}
                </td>
                <td className={td}>
                  {entry.onBehalfOfInstitutionId ? (institutionName ?? <span className={muted}>{entry.onBehalfOfInstitutionId}</span>) : "—"}
                </td>
                <td className={td}>
                  <code className="break-all">{entry.action}</code>
                </td>
                <td className={td}>
                  {t.has(`objectTypes.${entry.objectType}`) ? t(`objectTypes.${entry.objectType}`) : entry.objectType}
                  <code className={muted}>{entry.objectId}</code>
                </td>
                <td className={`${td} min-w-56`}>
                  {changes.length === 0 ? (
                    "—"
                  ) : (
                    <ul className="space-y-0.5">
                      {changes.map(([field, change]) => {
                        const before = json(change?.before);
                        const after = json(change?.after);
                        return (
                          <li key={field} className="break-all">
                            <span className="font-medium">{field}</span>:{" "}
                            <code title={before.full}>{before.text}</code> <span aria-hidden="true">→</span>
                            <span className="sr-only">{t("table.changedTo")}</span> <code title={after.full}>{after.text}</code>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
                <td className={`${td} min-w-40`}>
                  {context.length === 0 ? (
                    "—"
                  ) : (
                    <ul className="space-y-0.5">
                      {context.map(({ key, value }) => (
                        <li key={key} className="break-all">
                          <span className="font-medium">{t(`table.contextKeys.${key}`)}</span>: {value}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
