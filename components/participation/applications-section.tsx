import { getFormatter, getTranslations } from "next-intl/server";
import { ActionNoticeProvider } from "@/components/memberships/action-notice";
import type { ViewOf } from "@/server/pages/page-read";
import type { proposalPage } from "@/server/pages/programmes/proposal";
import { DecisionActions } from "./decision-actions";
import { PlacesTaken } from "./places-taken";
import { ParticipationStatusBadge } from "./status-badge";
import { countryNames } from "@/i18n/reference-names";

/**
 * The applications to a programme, for the lead institution's members and admins: places
 * taken out of the capacity, each applicant with motivation and contact person, and (for the
 * lead's members) accept / decline on pending applications.
 */
export async function ApplicationsSection({ locale, data }: { locale: string; data: NonNullable<ViewOf<typeof proposalPage>["applications"]> }) {
  const { canDecide } = data;
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "participation.applications" }), getFormatter({ locale })]);
  const countryName = countryNames(locale);
  const date = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium" });
  return (
    <section id="applications" aria-labelledby="applications-heading" className="mb-10">
      <h2 id="applications-heading" className="mb-2 text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 max-w-3xl text-sm text-gray-700">{canDecide ? t("intro") : t("readOnly")}</p>
      <PlacesTaken taken={data.acceptedCount} capacity={data.capacity} />
      {data.items.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 bg-white p-4 text-sm text-gray-700">{t("empty")}</p>
      ) : (
        <ActionNoticeProvider>
          <ul className="space-y-3">
            {data.items.map((a) => (
              <li key={a.id}>
                <article aria-labelledby={`application-${a.id}`} className="rounded border border-gray-200 bg-white p-4">
                  <div className="flex flex-wrap items-center gap-2">
                    <h3 id={`application-${a.id}`} className="font-semibold">
                      {a.institutionName}
                    </h3>
                    <ParticipationStatusBadge status={a.status} />
                    {a.decidedAt && <span className="text-xs text-gray-700">{t("decidedOn", { date: date(a.decidedAt) })}</span>}
                  </div>
                  <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                    <dt className="font-medium text-gray-800">{t("country")}</dt>
                    <dd>{countryName(a.countryCode)}</dd>
                    <dt className="font-medium text-gray-800">{t("appliedOn")}</dt>
                    <dd>{date(a.createdAt)}</dd>
                    <dt className="font-medium text-gray-800">{t("contact")}</dt>
                    <dd>
                      <bdi>{a.contactName}</bdi>{" "}
                      <a href={`mailto:${a.contactEmail}`} className="break-all text-brand-700 underline">
                        <bdi dir="ltr">{a.contactEmail}</bdi>
                      </a>
                    </dd>
                    {a.reason && (
                      <>
                        <dt className="font-medium text-gray-800">{t("reason")}</dt>
                        <dd dir="auto" className="whitespace-pre-line">
                          {a.reason}
                        </dd>
                      </>
                    )}
                  </dl>
                  <h4 className="mt-3 text-sm font-medium">{t("motivation")}</h4>
                  <p dir="auto" className="max-w-prose text-sm whitespace-pre-line">
                    {a.motivation}
                  </p>
                  {canDecide && a.status === "pending" && (
                    <div className="mt-3">
                      <DecisionActions application={{ id: a.id, version: a.version, institutionName: a.institutionName }} />
                    </div>
                  )}
                </article>
              </li>
            ))}
          </ul>
        </ActionNoticeProvider>
      )}
    </section>
  );
}
