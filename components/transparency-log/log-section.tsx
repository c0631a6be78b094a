import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/server-link";

/** One logged fact shown with its leaf hash (null: not in the log). */
export type LoggedItem = { label: string; leafHash: string | null };

/**
 * The "public transparency log" box of an agreement record or a report: each signature's (or the
 * report's) leaf hash, a link to the help on verifying with `node scripts/southbridge-verify.mjs`,
 * and the document to download for it.
 */
export async function LogSection({
  locale,
  kind,
  items,
  download,
  children,
}: {
  locale: string;
  kind: "agreement" | "report";
  items: LoggedItem[];
  download: string;
  children?: React.ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "verification.log" });
  const link = "text-brand-700 underline hover:text-brand-800";
  return (
    <section aria-labelledby="transparency-log-heading" className="mb-8 print:break-inside-avoid" data-transparency-log>
      <h2 id="transparency-log-heading" className="mb-2 text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-3 text-sm text-gray-700">{kind === "agreement" ? t("agreementIntro") : t("reportIntro")}</p>
      <dl className="mb-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {items.map((item, i) => (
          <div key={i} className="contents">
            <dt className="font-medium text-gray-900">
              {item.label} — {t("leafHash")}
            </dt>
            <dd>
              {item.leafHash ? (
                <code dir="ltr" className="font-mono break-all" data-leaf-hash={item.leafHash}>
                  {item.leafHash}
                </code>
              ) : (
                t("notLogged")
              )}
            </dd>
          </div>
        ))}
        {children}
      </dl>
      <p className="flex flex-wrap gap-4 text-sm print:hidden">
        <Link href="/help" className={link} data-verify-link>
          {t("verify")}
        </Link>
        <a href={download} className={link} download>
          {kind === "agreement" ? t("downloadAgreement") : t("downloadReport")}
        </a>
      </p>
    </section>
  );
}
