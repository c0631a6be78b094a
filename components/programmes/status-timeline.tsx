import { getFormatter, getTranslations } from "next-intl/server";
import { PROGRAMME_STATUSES, type ProgrammeStatus } from "@/server/vocabulary";
import { ProgrammeStatusBadge } from "./status-badge";

export type TimelineEntry = { action: string; occurredAt: Date | string; status: string | null };

const isStatus = (s: string | null): s is ProgrammeStatus => s !== null && (PROGRAMME_STATUSES as readonly string[]).includes(s);

/** The programme's history, oldest first: what happened and when, never who (no reviewer identities). */
export async function StatusTimeline({ locale, entries, headingId }: { locale: string; entries: readonly TimelineEntry[]; headingId: string }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "programmes" }), getFormatter({ locale })]);
  // Oldest first; a run of consecutive edits shows once, at the time of the last one.
  const chronological: TimelineEntry[] = [];
  for (const entry of [...entries].reverse()) {
    const last = chronological.at(-1);
    if (entry.action === "programme.edit" && last?.action === "programme.edit") chronological[chronological.length - 1] = entry;
    else chronological.push(entry);
  }
  return (
    <section aria-labelledby={headingId} className="mb-10">
      <h2 id={headingId} className="mb-3 text-xl font-semibold">
        {t("view.timeline")}
      </h2>
      {chronological.length === 0 ? (
        <p className="text-gray-700">{t("view.noTimeline")}</p>
      ) : (
        <ol className="relative space-y-4 border-s-2 border-gray-200 ps-5">
          {chronological.map((entry, i) => {
            const when = new Date(entry.occurredAt);
            return (
              <li key={i} className="relative">
                <span aria-hidden="true" className="absolute -start-[1.72rem] top-1.5 size-3 rounded-full border-2 border-white bg-brand-600" />
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{t.has(`timeline.${entry.action}`) ? t(`timeline.${entry.action}`) : t("timeline.other")}</span>
                  {isStatus(entry.status) && <ProgrammeStatusBadge status={entry.status} />}
                </p>
                <p className="text-sm text-gray-700">
                  <time dateTime={when.toISOString()}>{format.dateTime(when, { dateStyle: "medium", timeStyle: "short" })}</time>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
