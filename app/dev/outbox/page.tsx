import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { outboxPage } from "@/server/pages/dev/outbox";
import { readPage } from "@/server/pages/read-page";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "en", namespace: "auth" });
  return { title: t("outbox.title") };
}

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** The plain-text body with its web addresses as links. */
function linkify(text: string): ReactNode[] {
  return text.split(URL_PATTERN).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part} className="break-all text-brand-700 underline hover:text-brand-800">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

export default async function OutboxPage({ searchParams }: Props) {
  const query = await searchParams;
  const to = typeof query.to === "string" ? query.to.trim().slice(0, 254) : "";
  const [t, format, { emails }] = await Promise.all([
    getTranslations({ locale: "en", namespace: "auth" }),
    getFormatter({ locale: "en" }),
    readPage(outboxPage, { locale: "en", path: "/dev/outbox" }, to),
  ]);

  return (
    <>
      <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{t("outbox.title")}</h1>
      <p className="mb-6 text-gray-700">{t("outbox.intro")}</p>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <label htmlFor="to" className="block text-sm font-medium">
            {t("outbox.filterLabel")}
          </label>
          <input id="to" name="to" type="email" defaultValue={to} className="mt-1 block w-full rounded border border-gray-300 bg-white px-3 py-2" />
        </div>
        <button type="submit" className="min-h-10 rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          {t("outbox.filter")}
        </button>
        {to && (
          <Link href="/dev/outbox" className="min-h-10 px-2 py-2 text-sm text-brand-700 underline">
            {t("outbox.showAll")}
          </Link>
        )}
      </form>
      <p role="status" className="mb-4 text-sm text-gray-700">
        {t("outbox.count", { count: emails.length })}
      </p>
      <ol className="space-y-4">
        {emails.map((email) => (
          <li key={email.id}>
            <article aria-labelledby={`email-${email.id}`} className="rounded border border-gray-200 bg-white p-4">
              <h2 id={`email-${email.id}`} className="mb-2 text-lg font-semibold">
                {email.subject}
              </h2>
              <dl className="mb-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="font-medium text-gray-700">{t("outbox.to")}</dt>
                <dd className="break-all">{email.to}</dd>
                <dt className="font-medium text-gray-700">{t("outbox.created")}</dt>
                <dd>
                  <time dateTime={email.createdAt.toISOString()}>
                    {format.dateTime(email.createdAt, { dateStyle: "medium", timeStyle: "long", timeZone: "UTC" })}
                  </time>
                </dd>
              </dl>
              <pre className="overflow-x-auto rounded bg-gray-50 p-3 text-sm whitespace-pre-wrap">{linkify(email.body)}</pre>
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
