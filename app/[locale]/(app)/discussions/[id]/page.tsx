import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { authorName } from "@/components/discussions/author-name";
import { FollowButton } from "@/components/discussions/follow-button";
import { MessageControls } from "@/components/discussions/message-controls";
import { MessageForm } from "@/components/discussions/message-form";
import { MessageList } from "@/components/discussions/message-list";
import { BackLink } from "@/components/ui/back-link";
import { Link } from "@/i18n/navigation";
import { discussionPage } from "@/server/pages/discussions/thread";
import { peekPage, readPage } from "@/server/pages/read-page";

type Params = Promise<{ locale: string; id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;
const pageOf = (query: Record<string, string | string[] | undefined>) => (typeof query.page === "string" ? Number.parseInt(query.page, 10) || 1 : 1);

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Search }): Promise<Metadata> {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  const data = await peekPage(discussionPage, locale, id, pageOf(query));
  return data ? { title: data.thread.subject } : {};
}

/** A discussion thread: its messages (Markdown, replies one level deep), and for its writers the form and controls. */
export default async function DiscussionPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const page = pageOf(query);
  const [data, t] = await Promise.all([readPage(discussionPage, { locale, path: `/discussions/${id}` }, id, page), getTranslations({ locale, namespace: "discussions" })]);
  const { thread } = data;
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const back = thread.agreementId ? `/agreements/${thread.agreementId}` : thread.audience === "panel" || thread.audience === "parties_and_reviewers" ? null : `/proposals/${thread.programme.id}`;
  const parents = data.messages.filter((m) => m.parentId === null && m.body !== null).map((m) => ({ id: m.id, label: authorName(t, m.author) }));
  return (
    <div className="max-w-4xl">
      {back && <BackLink href={back}>{t("back", { reference: thread.programme.reference })}</BackLink>}
      <p className="text-sm text-gray-700">
        {t(`audience.${thread.audience}`)} · <span dir="ltr">{thread.programme.reference}</span> {thread.programme.title}
        {thread.clause && ` · ${t(`clauses.${thread.clause as "purpose"}`)}`}
      </p>
      <h1 className="mb-2 text-3xl font-bold">
        <bdi>{thread.subject}</bdi>
      </h1>
      <p className="mb-4 max-w-3xl text-sm text-gray-700">{t(`audienceHint.${thread.audience}`)}</p>
      <FollowButton threadId={thread.id} following={data.following} />
      <h2 id="messages-heading" className="sr-only">
        {t("messagesLabel")}
      </h2>
      <MessageList locale={locale} messages={data.messages} labelledBy="messages-heading" controls={(m) => <MessageControls message={m} canModerate={data.canModerate} />} />
      {pages > 1 && (
        <nav aria-label={t("page", { page, pages })} className="my-4 flex gap-4 text-sm">
          {page > 1 && <Link href={`/discussions/${thread.id}?page=${page - 1}`}>{t("previous")}</Link>}
          <span>{t("page", { page, pages })}</span>
          {page < pages && <Link href={`/discussions/${thread.id}?page=${page + 1}`}>{t("next")}</Link>}
        </nav>
      )}
      <div className="mt-6">
        {data.closed ? <p className="rounded border border-gray-300 bg-gray-50 p-3 font-medium">{t("closed")}</p> : data.canWrite && <MessageForm threadId={thread.id} parents={parents} mentionable={data.mentionable} />}
      </div>
    </div>
  );
}
