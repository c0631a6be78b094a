import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/server-link";
import type { PublicProgramme } from "@/server/catalogue/get-public-programme";
import { Section } from "@/components/ui/section";

const calendar = (iso: string) => new Date(`${iso}T00:00:00Z`);
const primary = "inline-flex min-h-11 items-center justify-center rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800";

/**
 * "How to apply": when applications are open, a visitor gets a sign-in link that comes back
 * here, a member of a verified institution a link to the apply page (/programmes/{reference}/apply),
 * anyone else what they need first; when closed, why.
 */
export async function HowToApply({ locale, data }: { locale: string; data: PublicProgramme }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "catalogue" }), getFormatter({ locale })]);
  const { programme, applications, viewer } = data;
  const here = `/${locale}/programmes/${programme.reference}`;
  const deadline = programme.applicationDeadline ? format.dateTime(calendar(programme.applicationDeadline), { dateStyle: "long", timeZone: "UTC" }) : null;

  return (
    <Section id="apply-title" title={t("apply.title")} className="rounded-lg border border-brand-600 bg-brand-50 p-4 sm:p-5" headingClassName="text-lg font-semibold">
      {applications.open ? (
        <div className="mt-2 space-y-3">
          <ul className="space-y-1 text-gray-900">
            {deadline && <li>{t("apply.deadline", { date: deadline })}</li>}
            {programme.placesLeft !== null && programme.capacity !== null && <li>{t("apply.places", { left: programme.placesLeft, capacity: programme.capacity })}</li>}
          </ul>
          {!viewer.signedIn ? (
            <>
              <p>{t("apply.signInFirst")}</p>
              <p>
                <Link href={{ pathname: "/sign-in", query: { callbackUrl: here } }} className={primary}>
                  {t("apply.signIn")}
                </Link>
              </p>
            </>
          ) : viewer.applicantInstitutions.length > 0 ? (
            <>
              <p>{t("apply.asMember", { count: viewer.applicantInstitutions.length, institution: viewer.applicantInstitutions[0]!.name })}</p>
              <p>
                <Link href={`/programmes/${programme.reference}/apply`} className={primary}>
                  {t("apply.apply")}
                </Link>
              </p>
            </>
          ) : (
            <p>
              {t.rich("apply.needInstitution", {
                link: (chunks) => (
                  <Link href="/dashboard" className="text-brand-700 underline hover:text-brand-800">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          )}
        </div>
      ) : (
        <p className="mt-2 text-gray-900">{t(`apply.closed.${applications.closedBecause ?? "notOpen"}`, { date: deadline ?? "" })}</p>
      )}
    </Section>
  );
}
