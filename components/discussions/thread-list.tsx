import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Section } from "@/components/ui/section";

export type ThreadSummary = { id: string; subject: string; clause: string | null; messageCount: number; lastMessageAt: string };

/** One audience's threads: a heading, who reads them, the list (links to each thread) and, for writers, the form to start one. */
export async function ThreadList({
  locale,
  id,
  audience,
  threads,
  closed,
  children,
}: {
  locale: string;
  id: string;
  audience: "parties" | "parties_and_reviewers" | "panel" | "clause" | "public";
  threads: readonly ThreadSummary[];
  closed: boolean;
  /** The start form, for those who may start a thread. */
  children?: ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "discussions" }), getFormatter({ locale })]);
  return (
    <Section id={id} title={t(`audience.${audience}`)}>
      <p className="mb-3 max-w-3xl text-sm text-gray-700">{t(`audienceHint.${audience}`)}</p>
      {closed && <p className="mb-3 text-sm font-medium text-gray-800">{t("listClosed")}</p>}
      {threads.length === 0 ? (
        <p className="mb-3 text-gray-700">{t("empty")}</p>
      ) : (
        <ul aria-label={t("threadsLabel")} className="mb-4 divide-y divide-gray-200 rounded border border-gray-200">
          {threads.map((thread) => (
            <li key={thread.id} className="p-3">
              <Link href={`/discussions/${thread.id}`} className="font-medium text-brand-700 underline">
                {thread.clause ? `${t(`clauses.${thread.clause as "purpose"}`)}: ` : ""}
                <bdi>{thread.subject}</bdi>
              </Link>
              <p className="text-sm text-gray-700">
                {t("messageCount", { count: thread.messageCount })} · {t("lastMessage", { date: format.dateTime(new Date(thread.lastMessageAt), { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {!closed && children}
    </Section>
  );
}
