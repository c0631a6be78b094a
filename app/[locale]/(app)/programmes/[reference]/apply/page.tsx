import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ApplyForm } from "@/components/participation/apply-form";
import { PlacesTaken } from "@/components/participation/places-taken";
import { calendarDate } from "@/components/programmes/content-view";
import { Alert } from "@/components/ui/alert";
import { applyPage } from "@/server/pages/programmes/apply";
import { peekPage, readPage } from "@/server/pages/read-page";
import { BackLink } from "@/components/ui/back-link";

type Params = Promise<{ locale: string; reference: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, reference } = await params;
  const [data, t] = await Promise.all([peekPage(applyPage, locale, reference), getTranslations({ locale, namespace: "participation.apply" })]);
  return data ? { title: t("metaTitle", { title: data.programme.title }) } : {};
}

/** Applying to an open programme on behalf of one of the viewer's verified institutions. */
export default async function ApplyPage({ params }: { params: Params }) {
  const { locale, reference } = await params;
  setRequestLocale(locale);
  const [data, t, format] = await Promise.all([
    readPage(applyPage, { locale, path: `/programmes/${reference}/apply` }, reference),
    getTranslations({ locale, namespace: "participation.apply" }),
    getFormatter({ locale }),
  ]);
  const { programme, lead, institutions } = data;
  const closed = data.closedBecause;
  const closedText = closed === "full" ? t("closedFull") : closed === "deadlinePassed" ? t("closedDeadline") : closed ? t("closedStatus") : null;

  return (
    <div>
      <BackLink href={`/programmes/${programme.reference}`}>{t("backToProgramme")}</BackLink>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl text-gray-800">{t("intro")}</p>
      <dl className="mb-6 grid max-w-3xl gap-x-6 gap-y-1 rounded border border-gray-200 bg-white p-4 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-gray-800">{t("programme")}</dt>
        <dd dir="auto" className="font-semibold">
          {programme.title}
        </dd>
        <dt className="font-medium text-gray-800">{t("reference")}</dt>
        <dd dir="ltr" className="text-start">
          {programme.reference}
        </dd>
        <dt className="font-medium text-gray-800">{t("lead")}</dt>
        <dd>{lead.name}</dd>
        {programme.applicationDeadline && (
          <>
            <dt className="font-medium text-gray-800">{t("deadline")}</dt>
            <dd>{format.dateTime(calendarDate(programme.applicationDeadline), { dateStyle: "long", timeZone: "UTC" })}</dd>
          </>
        )}
        {programme.capacity !== null && (
          <>
            <dt className="font-medium text-gray-800">{t("places")}</dt>
            <dd>
              <PlacesTaken taken={programme.acceptedCount} capacity={programme.capacity} />
            </dd>
          </>
        )}
      </dl>
      {closedText ? (
        <Alert tone="info">{closedText}</Alert>
      ) : institutions.length === 0 ? (
        <Alert tone="info">{data.allLeading ? t("allLeading") : t("noInstitution")}</Alert>
      ) : (
        <ApplyForm
          programmeId={programme.id}
          reference={programme.reference}
          leadName={lead.name}
          institutions={institutions}
          contact={data.contact}
        />
      )}
    </div>
  );
}
