// /{locale}/developers — The open API: routes, tokens, limits and webhooks. Server-rendered, no script.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { developersPage } from "@/server/pages/public/developers";
import { readPage } from "@/server/pages/read-page";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "developers" });
  return { title: t("metaTitle"), description: t("intro") };
}

export default async function DevelopersPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, view] = await Promise.all([getTranslations({ locale, namespace: "developers" }), readPage(developersPage, { locale, path: "/developers" })]);
  const code = "rounded bg-gray-100 px-1 font-mono text-sm";
  return (
    <article className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p>
          <a className="text-brand-700 underline hover:text-brand-800" href={view.documentPath} type="application/json">
            {t("documentLink")}
          </a>{" "}
          <code className={code} dir="ltr">
            {view.documentPath}
          </code>
        </p>
      </header>

      <section aria-labelledby="routes" className="space-y-3">
        <h2 id="routes" className="text-xl font-semibold">
          {t("routesTitle")}
        </h2>
        <p>{t.rich("baseUrl", { base: () => <code className={code} dir="ltr">{view.base}</code> })}</p>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-start text-sm">
            <thead>
              <tr className="border-b border-gray-300">
                <th scope="col" className="py-2 pe-4 text-start">{t("method")}</th>
                <th scope="col" className="py-2 pe-4 text-start">{t("path")}</th>
                <th scope="col" className="py-2 text-start">{t("description")}</th>
              </tr>
            </thead>
            <tbody>
              {view.routes.map((route) => (
                <tr key={route.operationId} className="border-b border-gray-200 align-top">
                  <td className="py-2 pe-4 font-mono" dir="ltr">{route.method}</td>
                  <td className="py-2 pe-4 font-mono" dir="ltr">{route.path}</td>
                  <td className="py-2">{t(`routes.${route.operationId}` as "routes.searchProgrammes")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="tokens" className="space-y-3">
        <h2 id="tokens" className="text-xl font-semibold">{t("tokensTitle")}</h2>
        <p>{t("tokensBody")}</p>
        <ul className="list-disc space-y-1 ps-6">
          <li>{t("scopeRead")}</li>
          <li>{t("scopeWrite")}</li>
        </ul>
        <p>{t("standing")}</p>
        <pre className="overflow-x-auto rounded bg-gray-100 p-3 text-sm" dir="ltr">{`curl -H "Authorization: Bearer sbt_…" ${view.base}/institutions`}</pre>
      </section>

      <section aria-labelledby="limits" className="space-y-3">
        <h2 id="limits" className="text-xl font-semibold">{t("limitsTitle")}</h2>
        <p>{t("limitsBody")}</p>
      </section>

      <section aria-labelledby="webhooks" className="space-y-3">
        <h2 id="webhooks" className="text-xl font-semibold">{t("webhooksTitle")}</h2>
        <p>{t("webhooksBody")}</p>
        <ul className="list-disc ps-6 font-mono text-sm" dir="ltr">
          {view.webhookEvents.map((event) => (
            <li key={event}>{event}</li>
          ))}
        </ul>
        <p>{t("signatureBody")}</p>
      </section>
    </article>
  );
}
