import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/server-link";
import type { MessageView } from "@/server/discussions/present";
import { MessageList } from "./message-list";

type Questions = { closed: boolean; canAsk: boolean; questions: readonly { id: string; subject: string; messages: readonly MessageView[] }[] };

/**
 * A programme's public questions and the lead's answers, server-rendered on its public page (no
 * JavaScript, no client component); asking happens in the signed-in area.
 */
export async function PublicQuestions({ locale, data, askHref, signedIn }: { locale: string; data: Questions; askHref: string; signedIn: boolean }) {
  const t = await getTranslations({ locale, namespace: "discussions" });
  return (
    <Section id="questions-title" title={t("audience.public")} className="mt-8" headingClassName="mb-2 text-xl font-semibold">
      <p className="mb-3 max-w-3xl text-sm text-gray-700">{t("audienceHint.public")}</p>
      {data.questions.length === 0 && <p className="mb-3 text-gray-700">{t("empty")}</p>}
      {data.questions.map((q) => (
        <article key={q.id} id={`question-${q.id}`} aria-labelledby={`question-${q.id}-title`} className="mb-6">
          <h3 id={`question-${q.id}-title`} className="mb-2 text-lg font-semibold">
            <bdi>{q.subject}</bdi>
          </h3>
          <MessageList locale={locale} messages={q.messages} />
        </article>
      ))}
      {!data.closed && (data.canAsk ? <Link href={askHref} className="font-medium text-brand-700 underline">{t("start.ask")}</Link> : !signedIn && <p className="text-sm text-gray-700">{t("signInToAsk")}</p>)}
    </Section>
  );
}
