import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AgreementContentView } from "@/components/agreements/content-view";
import { AgreementHeader } from "@/components/agreements/agreement-header";
import { ImpactAssessmentView } from "@/components/agreements/impact-assessment-view";
import { PartiesTable } from "@/components/agreements/parties-table";
import { PrintButton } from "@/components/agreements/print-button";
import { SignaturesTable } from "@/components/agreements/signatures-table";
import { VerifySection } from "@/components/agreements/verify-result";
import { Alert } from "@/components/ui/alert";
import { LogSection } from "@/components/transparency-log/log-section";
import { Link } from "@/i18n/navigation";
import "./print.css";
import { agreementRecordPage } from "@/server/pages/agreements/agreement";
import { peekPage, readPage } from "@/server/pages/read-page";
import { Section } from "@/components/ui/section";

type Params = Promise<{ locale: string; id: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Search }): Promise<Metadata> {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  const [t, data] = await Promise.all([getTranslations({ locale, namespace: "agreements" }), peekPage(agreementRecordPage, locale, id, query.verify === "1")]);
  return data ? { title: t("record.metaTitle", { title: data.agreement.title }) } : {};
}

/**
 * The printable record of a signed agreement: the content as signed, the parties, every
 * signature (who, for which institution, when, which fingerprint) and a "verify" form that
 * recomputes the fingerprint on the server and shows match or mismatch.
 */
export default async function AgreementRecordPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [data, t, format] = await Promise.all([
    readPage(agreementRecordPage, { locale, path: `/agreements/${id}/record` }, id, query.verify === "1"),
    getTranslations({ locale, namespace: "agreements" }),
    getFormatter({ locale }),
  ]);
  const { agreement, sent, verification } = data;
  const roundSignatures = data.signatures.filter((s) => s.signingRound === agreement.signingRound);
  const earlier = data.signatures.filter((s) => s.signingRound !== agreement.signingRound);

  return (
    <article className="print:text-black" data-agreement-record>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={`/agreements/${id}`} className="text-sm text-brand-700 underline">
          {t("record.back")}
        </Link>
        <PrintButton />
      </div>
      <AgreementHeader locale={locale} agreement={agreement} programme={data.programme} heading={t("record.title")} />

      {!sent ? (
        <Alert>{t("record.notSigned")}</Alert>
      ) : (
        <>
          <Section id="record-hash-heading" title={t("record.storedHash")} className="mb-8 print:break-inside-avoid" headingClassName="mb-2 text-xl font-semibold">
            <code dir="ltr" data-testid="record-hash" className="block rounded bg-gray-100 p-2 font-mono text-sm break-all print:bg-white print:p-0">
              {agreement.contentHash}
            </code>
          </Section>

          <Section id="signatures-heading" title={t("record.signatures")} className="mb-8 print:break-inside-avoid">
            <SignaturesTable locale={locale} signatures={roundSignatures} storedHash={agreement.contentHash} />
            {earlier.length > 0 && (
              <details className="mt-4 print:hidden">
                <summary className="cursor-pointer text-sm font-medium">{t("record.earlierRounds", { count: earlier.length })}</summary>
                <div className="mt-2">
                  <SignaturesTable locale={locale} signatures={earlier} storedHash={null} />
                </div>
              </details>
            )}
          </Section>

          <VerifySection locale={locale} agreementId={id} result={verification} />

          <LogSection
            locale={locale}
            kind="agreement"
            download={`/api/agreements/${id}/record`}
            items={roundSignatures.map((s) => ({ label: s.institutionName, leafHash: s.logLeaf?.leafHash ?? null }))}
          />
        </>
      )}

      <Section id="record-parties-heading" title={t("view.parties")} className="mb-8 print:break-inside-avoid">
        <PartiesTable locale={locale} parties={data.parties} sent={sent} />
      </Section>

      <Section id="record-terms-heading" title={t("view.content")}>
        <AgreementContentView locale={locale} content={agreement.content} />
      </Section>

      <Section id="record-impact-heading" title={t("impact.title")} className="mb-8 print:break-inside-avoid">
        <ImpactAssessmentView locale={locale} assessment={agreement.impactAssessment} />
      </Section>

      <p className="mt-8 border-t border-gray-200 pt-2 text-xs text-gray-700">
        {t("record.generatedAt", { date: format.dateTime(new Date(), { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }) })}
      </p>
    </article>
  );
}
