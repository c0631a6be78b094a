import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { AgreementStatusBadge } from "./status-badge";
import type { AgreementRowView } from "./types";

/** Title, status and the facts that identify an agreement version (reference, version, programme, dates). */
export async function AgreementHeader({
  locale,
  agreement,
  programme,
  heading,
}: {
  locale: string;
  agreement: AgreementRowView;
  programme: { id: string; reference: string; title: string };
  /** The page's h1 when it is not the agreement's title (the record page). */
  heading?: string;
}) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "agreements" }), getFormatter({ locale })]);
  const when = (d: Date | string | null) => (d ? format.dateTime(new Date(d), { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }) : null);
  const inForceAt = when(agreement.inForceAt);
  const sentAt = when(agreement.sentAt);
  const endedAt = when(agreement.endedAt);
  return (
    <header className="mb-6">
      {heading && <p className="mb-1 text-sm font-medium text-gray-700 uppercase print:text-black">{heading}</p>}
      <div className="mb-2 flex flex-wrap items-center gap-3">
        <h1 dir="auto" className="text-3xl font-bold">
          {agreement.title}
        </h1>
        <AgreementStatusBadge status={agreement.status} />
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-gray-800">{t("view.reference")}</dt>
        <dd dir="ltr" className="text-start">
          {agreement.reference}
        </dd>
        <dt className="font-medium text-gray-800">{t("view.version")}</dt>
        <dd>{t("view.versionOf", { number: agreement.versionNumber })}</dd>
        <dt className="font-medium text-gray-800">{t("view.programme")}</dt>
        <dd>
          <Link href={`/proposals/${programme.id}/agreements`} className="text-brand-700 underline print:text-black print:no-underline">
            {programme.title}
          </Link>{" "}
          (<span dir="ltr">{programme.reference}</span>)
        </dd>
        {sentAt && (
          <>
            <dt className="font-medium text-gray-800">{t("view.sentAt")}</dt>
            <dd>{sentAt}</dd>
          </>
        )}
        {inForceAt && (
          <>
            <dt className="font-medium text-gray-800">{t("view.inForceSince")}</dt>
            <dd>{inForceAt}</dd>
          </>
        )}
        {endedAt && (
          <>
            <dt className="font-medium text-gray-800">{t("view.endedAt")}</dt>
            <dd>{endedAt}</dd>
          </>
        )}
        {agreement.terminationReason && (
          <>
            <dt className="font-medium text-gray-800">{t("view.terminationReason")}</dt>
            <dd dir="auto" className="whitespace-pre-line">
              {agreement.terminationReason}
            </dd>
          </>
        )}
      </dl>
    </header>
  );
}
