import { getFormatter, getTranslations } from "next-intl/server";
import type { ParticipationStatus, ProgrammeStatus } from "@/server/vocabulary";
import { ActionNoticeProvider } from "@/components/memberships/action-notice";
import { ApplicationActions } from "@/components/participation/application-actions";
import { ParticipationStatusBadge } from "@/components/participation/status-badge";
import { RecordTable } from "@/components/ui/record-table";
import { Link } from "@/i18n/navigation";

type Item = {
  id: string;
  reference: string;
  title: string;
  programmeStatus: ProgrammeStatus;
  status: ParticipationStatus;
  createdAt: Date | string;
  reason: string | null;
  version: number;
};

const PUBLIC: readonly ProgrammeStatus[] = ["open", "active", "completed"];

/** "Our applications": the institution's applications to other programmes, with withdraw (pending) and leave (accepted). */
export async function OurApplications({ locale, institutionId, items, canAct }: { locale: string; institutionId: string; items: Item[]; canAct: boolean }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "participation.mine" }), getFormatter({ locale })]);
  const headingId = `applications-${institutionId}`;
  const actionable = (s: ParticipationStatus) => canAct && (s === "pending" || s === "accepted");
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <h3 id={headingId} className="mb-2 text-lg font-semibold">
        {t("title")}
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-gray-700">
          {t("empty")}{" "}
          <Link href="/programmes" className="text-brand-700 underline">
            {t("browse")}
          </Link>
        </p>
      ) : (
        <ActionNoticeProvider>
          <RecordTable
            labelledBy={headingId}
            rows={items}
            rowKey={(a) => a.id}
            rowClassName="align-top"
            columns={[
              {
                header: t("programme"),
                rowHeader: true,
                cell: (a) => (
                  <>
                    {PUBLIC.includes(a.programmeStatus) ? (
                      <Link href={`/programmes/${a.reference}`} className="font-medium text-brand-700 underline">
                        {a.title}
                      </Link>
                    ) : (
                      <span className="font-medium">{a.title}</span>
                    )}
                    <span className="block text-xs text-gray-700">
                      <bdi>{a.reference}</bdi>
                    </span>
                  </>
                ),
              },
              {
                header: t("status"),
                cell: (a) => (
                  <>
                    <ParticipationStatusBadge status={a.status} />
                    {a.reason && (
                      <span dir="auto" className="mt-1 block max-w-xs text-xs whitespace-pre-line text-gray-700">
                        {a.reason}
                      </span>
                    )}
                  </>
                ),
              },
              { header: t("appliedOn"), className: "whitespace-nowrap", cell: (a) => format.dateTime(new Date(a.createdAt), { dateStyle: "medium" }) },
              {
                header: t("actions"),
                cell: (a) =>
                  actionable(a.status) && <ApplicationActions application={{ id: a.id, version: a.version, title: a.title, status: a.status as "pending" | "accepted" }} />,
              },
            ]}
          />
        </ActionNoticeProvider>
      )}
    </section>
  );
}
