import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ApplyForm } from "@/components/participation/apply-form";
import { PlacesTaken } from "@/components/participation/places-taken";
import { calendarDate } from "@/components/programmes/content-view";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import { currentViewer } from "@/server/auth/current-viewer";
import { requireViewer } from "@/server/auth/require-viewer";
import { serverCaller } from "@/server/trpc/server-caller";

type Params = Promise<{ locale: string; reference: string }>;

/** The public programme by reference, once per request; anything not in the catalogue is a 404. */
const load = cache(async (locale: string, reference: string) => {
  const api = await serverCaller(locale);
  try {
    return await api.catalogue.byReference({ reference });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, reference } = await params;
  if (!(await currentViewer())) return {}; // the page itself sends visitors to sign in
  const [data, t] = await Promise.all([load(locale, reference), getTranslations({ locale, namespace: "participation.apply" })]);
  return { title: t("metaTitle", { title: data.programme.title }) };
}

/** Applying to an open programme on behalf of one of the viewer's verified institutions. */
export default async function ApplyPage({ params }: { params: Params }) {
  const { locale, reference } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/programmes/${reference}/apply`);
  const [data, t, format] = await Promise.all([load(locale, reference), getTranslations({ locale, namespace: "participation.apply" }), getFormatter({ locale })]);
  const { programme, lead } = data;
  const institutions = data.viewer.applicantInstitutions;
  const closed = data.applications.closedBecause;
  const closedText = closed === "full" ? t("closedFull") : closed === "deadlinePassed" ? t("closedDeadline") : closed ? t("closedStatus") : null;
  const leading = viewer.memberships.some((m) => m.institutionStatus === "verified") && institutions.length === 0;

  return (
    <div>
      <p className="mb-4 text-sm">
        <Link href={`/programmes/${programme.reference}`} className="text-brand-700 underline">
          {t("backToProgramme")}
        </Link>
      </p>
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
        <Alert tone="info">{leading ? t("allLeading") : t("noInstitution")}</Alert>
      ) : (
        <ApplyForm
          programmeId={programme.id}
          reference={programme.reference}
          leadName={lead.name}
          institutions={institutions}
          contact={{ name: viewer.name, email: viewer.email }}
        />
      )}
    </div>
  );
}
