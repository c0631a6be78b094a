import { getFormatter, getTranslations } from "next-intl/server";
import { ActionNoticeProvider } from "@/components/memberships/action-notice";
import { RequestActions } from "@/components/memberships/request-actions";
import type { MembershipListItem } from "@/components/memberships/types";
import { RecordTable, WithReference } from "@/components/ui/record-table";
import { Link } from "@/i18n/navigation";

type Application = { id: string; programmeId: string; reference: string; title: string; institutionName: string; createdAt: Date | string };
type Agreement = { id: string; reference: string; title: string; programmeReference: string; programmeTitle: string };

/**
 * What waits for a decision by this institution: pending applications to the programmes it
 * leads (decided on the proposal page), requests to join (owners, decided here) and
 * agreements awaiting its signature.
 */
export async function WaitingForDecision({
  locale,
  institutionId,
  applications,
  requests,
  agreements,
}: {
  locale: string;
  institutionId: string;
  applications: Application[];
  requests: MembershipListItem[];
  agreements: Agreement[];
}) {
  const [t, tAwaiting, format] = await Promise.all([
    getTranslations({ locale, namespace: "dashboard.work" }),
    getTranslations({ locale, namespace: "participation.awaiting" }),
    getFormatter({ locale }),
  ]);
  const headingId = `waiting-${institutionId}`;
  const date = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium" });
  const nothing = applications.length === 0 && requests.length === 0 && agreements.length === 0;
  return (
    <section aria-labelledby={headingId} className="mb-8 rounded border border-amber-200 bg-amber-50/40 p-4">
      <h3 id={headingId} className="mb-2 text-lg font-semibold">
        {t("waiting")}
      </h3>
      {nothing && <p className="text-sm text-gray-700">{t("waitingEmpty")}</p>}

      {applications.length > 0 && (
        <div className="mb-4">
          <h4 id={`awaiting-${institutionId}`} className="mb-2 font-semibold">
            {tAwaiting("title")}
          </h4>
          <RecordTable
            labelledBy={`awaiting-${institutionId}`}
            rows={applications}
            rowKey={(a) => a.id}
            columns={[
              { header: tAwaiting("applicant"), rowHeader: true, className: "font-medium", cell: (a) => a.institutionName },
              { header: tAwaiting("programme"), cell: (a) => <WithReference reference={a.reference}>{a.title}</WithReference> },
              { header: tAwaiting("appliedOn"), className: "whitespace-nowrap", cell: (a) => date(a.createdAt) },
              {
                header: <span className="sr-only">{tAwaiting("decide")}</span>,
                cell: (a) => (
                  <Link
                    href={`/proposals/${a.programmeId}#applications`}
                    aria-label={tAwaiting("decideLabel", { institution: a.institutionName, title: a.title })}
                    className="font-medium text-brand-700 underline"
                  >
                    {tAwaiting("decide")}
                  </Link>
                ),
              },
            ]}
          />
        </div>
      )}

      {requests.length > 0 && (
        <div className="mb-4">
          <h4 className="mb-2 font-semibold">{t("membershipRequests")}</h4>
          <ActionNoticeProvider>
            <ul className="space-y-2">
              {requests.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-gray-200 bg-white p-3">
                  <p className="text-sm">{t("requestFrom", { name: r.userName, date: date(r.createdAt) })}</p>
                  <RequestActions request={{ id: r.id, version: r.version, name: r.userName }} />
                </li>
              ))}
            </ul>
          </ActionNoticeProvider>
        </div>
      )}

      {agreements.length > 0 && (
        <div>
          <h4 id={`agreements-${institutionId}`} className="mb-2 font-semibold">
            {t("agreements")}
          </h4>
          <RecordTable
            labelledBy={`agreements-${institutionId}`}
            rows={agreements}
            rowKey={(a) => a.id}
            columns={[
              {
                header: t("agreement"),
                rowHeader: true,
                cell: (a) => (
                  <WithReference reference={a.reference}>
                    <span className="font-medium">{a.title}</span>
                  </WithReference>
                ),
              },
              { header: t("programme"), cell: (a) => <WithReference reference={a.programmeReference}>{a.programmeTitle}</WithReference> },
              {
                header: <span className="sr-only">{t("sign")}</span>,
                cell: (a) => (
                  <Link href={`/agreements/${a.id}`} aria-label={t("signLabel", { reference: a.reference })} className="font-medium text-brand-700 underline">
                    {t("sign")}
                  </Link>
                ),
              },
            ]}
          />
        </div>
      )}
    </section>
  );
}
