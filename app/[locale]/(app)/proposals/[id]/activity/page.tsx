import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActivityFeed } from "@/components/programmes/coauthoring/activity-feed";
import { BackLink } from "@/components/ui/back-link";
import { Link } from "@/i18n/navigation";
import { activityPage } from "@/server/pages/programmes/coauthoring";
import { peekPage, readPage } from "@/server/pages/read-page";

type Params = Promise<{ locale: string; id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

const beforeOf = (query: Record<string, string | string[] | undefined>) => (typeof query.before === "string" ? query.before : undefined);

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Search }): Promise<Metadata> {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  const [t, data] = await Promise.all([getTranslations({ locale, namespace: "coauthoring" }), peekPage(activityPage, locale, id, beforeOf(query))]);
  return { title: data ? `${t("activity.title")} — ${data.title}` : t("activity.title") };
}

/** A programme's activity feed for its parties and admins: edits, reviews received (without reviewers), decisions, co-leads, participations, agreements. */
export default async function ActivityPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const before = beforeOf(query);
  const [data, t] = await Promise.all([readPage(activityPage, { locale, path: `/proposals/${id}/activity${before ? `?before=${before}` : ""}` }, id, before), getTranslations({ locale, namespace: "coauthoring" })]);

  return (
    <div>
      <BackLink href={`/proposals/${id}`}>{t("backToProposal")}</BackLink>
      <h1 className="mb-2 text-3xl font-bold">{t("activity.title")}</h1>
      <p className="mb-2 text-gray-700">
        <span dir="ltr">{data.reference}</span> · <span dir="auto">{data.title}</span>
      </p>
      <p className="mb-2 max-w-prose text-gray-800">{t("activity.intro")}</p>
      <p className="mb-6">
        <Link href={`/proposals/${id}/history`} className="text-brand-700 underline">
          {t("openHistory")}
        </Link>
      </p>
      <ActivityFeed locale={locale} programmeId={id} items={data.items} nextCursor={data.nextCursor} firstPage={data.firstPage} />
    </div>
  );
}
