import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { agreementFormOptions } from "@/components/agreements/form-options";
import { assessmentValues, valuesFromAgreement } from "@/components/agreements/form-values";
import { AgreementStatusBadge } from "@/components/agreements/status-badge";
import { Alert } from "@/components/ui/alert";
import { agreementEditPage } from "@/server/pages/agreements/agreement";
import { peekPage, readPage } from "@/server/pages/read-page";
import { BackLink } from "@/components/ui/back-link";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const [t, data] = await Promise.all([getTranslations({ locale, namespace: "agreements" }), peekPage(agreementEditPage, locale, id)]);
  return { title: data ? t("form.metaTitle", { title: data.agreement.title }) : t("form.title") };
}

/** The agreement's form for the parties' members while it may be edited (draft, or awaiting signatures: editing voids them). */
export default async function EditAgreementPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [data, query, t] = await Promise.all([readPage(agreementEditPage, { locale, path: `/agreements/${id}/edit` }, id), searchParams, getTranslations({ locale, namespace: "agreements" })]);
  const { agreement } = data;
  const options = await agreementFormOptions(locale, data);

  return (
    <div>
      <BackLink href={`/agreements/${id}`}>{t("form.backToAgreement")}</BackLink>
      <div className="mb-2 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{t("form.title")}</h1>
        <AgreementStatusBadge status={agreement.status} />
      </div>
      <p className="mb-2 text-gray-700">
        <span dir="ltr">{agreement.reference}</span> · {t("view.versionOf", { number: agreement.versionNumber })} · {data.programme.title}
      </p>
      <p className="mb-6 max-w-prose text-sm text-gray-700">{t("form.intro")}</p>
      {query.created === "1" && <Alert tone="success">{t("view.done.created")}</Alert>}
      <AgreementForm
        agreementId={agreement.id}
        version={agreement.version}
        pending={agreement.status === "pending_signatures"}
        initial={valuesFromAgreement(agreement.title, agreement.content)}
        assessment={assessmentValues(agreement.impactAssessment)}
        options={options}
        problems={data.checks.problems}
      />
    </div>
  );
}
