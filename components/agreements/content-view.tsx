import { getFormatter, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/programmes/markdown";
import { readContent } from "./content-values";
import { countryName, safeguardName } from "./labels";
import { saysEnglishIsAuthoritative, templateTranslator } from "./template-translation";
import { TransfersTable } from "./transfers-table";
import { RecordTable } from "@/components/ui/record-table";

const dt = "font-medium text-gray-800";
const dd = "mb-3 whitespace-pre-line";

/**
 * The terms of an agreement as stored (a draft may be incomplete: missing values say so).
 * Clauses are user Markdown, rendered safely. `headingLevel` is the level of this block's own headings.
 * On a non-English page, a text that is still a template's English text is marked as English and
 * followed by its convenience translation; when the agreement says its English text is
 * authoritative, a note says so above the terms.
 */
export async function AgreementContentView({ locale, content, headingLevel = 3 }: { locale: string; content: unknown; headingLevel?: 3 | 4 }) {
  const [t, tChecks, format] = await Promise.all([
    getTranslations({ locale, namespace: "agreements" }),
    getTranslations({ locale, namespace: "agreementChecks" }),
    getFormatter({ locale }),
  ]);
  const c = readContent(content);
  const translate = templateTranslator(locale);
  const missing = <span className="text-gray-600 italic">{t("view.notProvided")}</span>;
  /** The stored text; a template's English text is marked as such and followed by its translation. */
  const plain = (value: string | null | undefined) => {
    if (!value) return missing;
    const translation = translate(value);
    if (!translation) return <span dir="auto">{value}</span>;
    return (
      <>
        <span lang="en" dir="ltr">
          {value}
        </span>
        <span className="mt-1 block border-s-2 border-gray-300 ps-2 text-gray-700">
          <span className="font-medium">{t("view.translationLabel")}</span> {translation}
        </span>
      </>
    );
  };
  const clausesTranslation = translate(c.clauses);
  const date = (value: string | null | undefined) => (value ? <time dateTime={value}>{format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })}</time> : missing);
  const H = headingLevel === 3 ? "h3" : "h4";
  const categories = c.dataCategories ?? [];

  return (
    <div>
      {locale !== "en" && saysEnglishIsAuthoritative(c.clauses) && (
        <p role="note" className="mb-4 max-w-prose rounded border border-blue-300 bg-blue-50 px-4 py-3 text-sm text-blue-950">
          {t("view.englishAuthoritative")}
        </p>
      )}
      <dl className="max-w-prose">
        <dt className={dt}>{t("fields.purpose")}</dt>
        <dd className={dd}>{plain(c.purpose)}</dd>
        <dt className={dt}>{t("fields.legalBasis")}</dt>
        <dd className={dd}>{plain(c.legalBasis)}</dd>
      </dl>

      <H className="mt-4 mb-2 text-lg font-semibold">{t("fields.dataCategories")}</H>
      {categories.length === 0 ? (
        <p className="mb-3 text-gray-700">{t("view.noCategories")}</p>
      ) : (
        <RecordTable
          plain
          dense
          className="mb-4"
          rows={categories}
          rowKey={(_d, i) => String(i)}
          columns={[
            { header: t("view.category"), rowHeader: true, cell: (d) => plain(d.name) },
            { header: t("view.personal"), cell: (d) => (d.personal ? t("view.yes") : t("view.no")) },
            { header: t("view.sensitive"), cell: (d) => (d.sensitive ? t("view.yes") : t("view.no")) },
          ]}
        />
      )}

      <H className="mt-4 mb-2 text-lg font-semibold">{t("fields.transfers")}</H>
      <TransfersTable
        transfers={c.transfers ?? []}
        country={countryName(locale)}
        safeguard={safeguardName(tChecks)}
        labels={{ from: t("view.from"), to: t("view.to"), safeguard: t("view.safeguard"), none: t("view.noSafeguard"), domestic: t("view.domestic"), empty: t("view.noTransfers") }}
      />

      <H className="mt-4 mb-2 text-lg font-semibold">{t("form.sections.terms")}</H>
      <dl className="max-w-prose">
        <dt className={dt}>{t("fields.retentionPeriod")}</dt>
        <dd className={dd}>{plain(c.retentionPeriod)}</dd>
        <dt className={dt}>{t("fields.deletionAtEnd")}</dt>
        <dd className={dd}>{c.deletionAtEnd === null || c.deletionAtEnd === undefined ? missing : c.deletionAtEnd ? t("view.yes") : t("view.no")}</dd>
        <dt className={dt}>{t("fields.securityMeasures")}</dt>
        <dd className={dd}>{plain(c.securityMeasures)}</dd>
        <dt className={dt}>{t("fields.onwardTransfer")}</dt>
        <dd className={dd}>{plain(c.onwardTransfer)}</dd>
        <dt className={dt}>{t("fields.breachNotificationHours")}</dt>
        <dd className={dd}>{c.breachNotificationHours != null ? t("view.hours", { count: c.breachNotificationHours }) : missing}</dd>
        <dt className={dt}>{t("fields.auditRights")}</dt>
        <dd className={dd}>{plain(c.auditRights)}</dd>
        <dt className={dt}>{t("fields.governingLaw")}</dt>
        <dd className={dd}>{plain(c.governingLaw)}</dd>
        <dt className={dt}>{t("fields.disputeResolution")}</dt>
        <dd className={dd}>{plain(c.disputeResolution)}</dd>
        <dt className={dt}>{t("fields.effectiveDate")}</dt>
        <dd className={dd}>{date(c.effectiveDate)}</dd>
        <dt className={dt}>{t("fields.expiryDate")}</dt>
        <dd className={dd}>{date(c.expiryDate)}</dd>
      </dl>

      <H className="mt-4 mb-2 text-lg font-semibold">{t("fields.clauses")}</H>
      {!c.clauses ? (
        <p>{missing}</p>
      ) : clausesTranslation ? (
        <>
          <div lang="en" dir="ltr">
            <Markdown headingLevel={headingLevel === 3 ? 4 : 5}>{c.clauses}</Markdown>
          </div>
          <section aria-label={t("view.clausesTranslation")} className="mt-3 max-w-prose border-s-2 border-gray-300 ps-3 text-gray-700">
            <p className="mb-2 font-medium">{t("view.clausesTranslation")}</p>
            <Markdown headingLevel={headingLevel === 3 ? 4 : 5}>{clausesTranslation}</Markdown>
          </section>
        </>
      ) : (
        <Markdown headingLevel={headingLevel === 3 ? 4 : 5}>{c.clauses}</Markdown>
      )}
    </div>
  );
}
