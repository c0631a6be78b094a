import { getTranslations } from "next-intl/server";
import { openPage, type LocalePageProps } from "@/app/page-props";
import { titleFrom } from "@/i18n/page-title";
import { AdminNav } from "@/components/admin/admin-nav";
import { Link } from "@/i18n/navigation";
import { auditChainPage } from "@/server/pages/admin/audit-chain";
import { readPage } from "@/server/pages/read-page";

export const generateMetadata = titleFrom("verification.chain");

/** ?after=N: the batch after chain position N (0 or absent: from the start). */
function afterOf(value: string | string[] | undefined): number {
  const n = typeof value === "string" && /^\d{1,15}$/.test(value) ? Number(value) : 0;
  return Number.isSafeInteger(n) ? n : 0;
}

/**
 * The audit chain checked by the server, one bounded batch per request: "intact", the next batch to
 * check, or the first broken entry with a link to it in the audit log.
 */
export default async function AdminAuditChainPage(props: LocalePageProps) {
  const { locale, query } = await openPage(props);
  const afterSeq = afterOf(query.after);
  const [t, result] = await Promise.all([getTranslations({ locale, namespace: "verification.chain" }), readPage(auditChainPage, { locale, path: "/admin/audit/chain" }, afterSeq)]);
  const link = "rounded border border-gray-300 bg-white px-3 py-1 text-brand-700 hover:bg-brand-50";
  const broken = result.firstBreak;
  const range = { from: result.afterSeq + 1, to: result.checkedTo, entries: result.entries };

  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-gray-700">{t("intro", { batch: result.batchSize })}</p>
      <AdminNav locale={locale} current="audit" />
      {broken ? (
        <div role="alert" className="mb-4 rounded border border-red-300 bg-red-50 px-4 py-3 text-red-900" data-chain-status="broken" data-entry-id={broken.id ?? ""}>
          <p className="font-semibold">
            {broken.id !== null ? t("broken", { id: broken.id, reason: t(`reasons.${broken.reason}`) }) : t("brokenNoId", { reason: t(`reasons.${broken.reason}`) })}
          </p>
          {broken.id !== null && (
            <p className="mt-2 text-sm">
              <Link href={{ pathname: "/admin/audit", query: { before: String(broken.id + 1) } }} className="underline">
                {t("seeEntry")}
              </Link>
            </p>
          )}
        </div>
      ) : (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-4 py-3 text-green-900" data-chain-status={result.done ? "intact" : "partial"}>
          {result.entries === 0 && result.done
            ? t("empty")
            : result.done
              ? result.afterSeq === 0
                ? t("intact", { entries: result.entries })
                : t("intactEnd", range)
              : t("intactSoFar", range)}
        </p>
      )}
      <dl className="mb-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t("entries")}</dt>
        <dd>{result.entries}</dd>
        <dt className="font-medium">{t("headHash")}</dt>
        <dd className="font-mono break-all" dir="ltr">
          {result.headHash}
        </dd>
      </dl>
      <nav className="flex flex-wrap gap-3 text-sm">
        {!result.done && !broken && (
          <Link href={{ pathname: "/admin/audit/chain", query: { after: String(result.checkedTo) } }} className={link} rel="next">
            {t("next")}
          </Link>
        )}
        {result.afterSeq > 0 && (
          <Link href="/admin/audit/chain" className={link}>
            {t("restart")}
          </Link>
        )}
      </nav>
    </div>
  );
}
