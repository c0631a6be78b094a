import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MessageList } from "@/components/discussions/message-list";
import { StartThreadForm } from "@/components/discussions/start-thread-form";
import { BackLink } from "@/components/ui/back-link";
import { askQuestionPage } from "@/server/pages/discussions/ask";
import { peekPage, readPage } from "@/server/pages/read-page";

type Params = Promise<{ locale: string; reference: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, reference } = await params;
  const data = await peekPage(askQuestionPage, locale, reference);
  return data ? { title: data.programme.title } : {};
}

/** Public questions on an open programme: a member of a verified institution asks here; everyone reads them on the programme's page. */
export default async function AskQuestionPage({ params }: { params: Params }) {
  const { locale, reference } = await params;
  setRequestLocale(locale);
  const [data, t] = await Promise.all([readPage(askQuestionPage, { locale, path: `/programmes/${reference}/questions` }, reference), getTranslations({ locale, namespace: "discussions" })]);
  return (
    <div className="max-w-4xl">
      <BackLink href={`/programmes/${data.programme.reference}`}>{t("back", { reference: data.programme.reference })}</BackLink>
      <h1 className="mb-2 text-3xl font-bold">{t("audience.public")}</h1>
      <p className="mb-4 text-gray-700">
        <span dir="ltr">{data.programme.reference}</span> {data.programme.title}
      </p>
      <p className="mb-4 max-w-3xl text-sm text-gray-700">{t("audienceHint.public")}</p>
      {data.questions.canAsk ? <StartThreadForm target={{ audience: "public", programmeId: data.programme.id }} /> : <p className="mb-4 font-medium">{data.questions.closed ? t("listClosed") : t("signInToAsk")}</p>}
      {data.questions.questions.map((q) => (
        <section key={q.id} aria-labelledby={`q-${q.id}`} className="mt-6">
          <h2 id={`q-${q.id}`} className="mb-2 text-lg font-semibold">
            {q.subject}
          </h2>
          <MessageList locale={locale} messages={q.messages} />
        </section>
      ))}
    </div>
  );
}
