import { getTranslations } from "next-intl/server";
import { RecordTable } from "@/components/ui/record-table";
import { panelRoleOf, type Candidate } from "./types";
import { Section } from "@/components/ui/section";

/** Who sits (or sat, before recusing) on the panel, with their role and seat status. */
export async function CurrentPanel({ locale, members, panelSize, quorum, activeReviewers, hasChair }: { locale: string; members: Candidate[]; panelSize: number; quorum: number; activeReviewers: number; hasChair: boolean }) {
  const t = await getTranslations({ locale, namespace: "reviewDesk.detail" });
  return (
    <Section id="panel-heading" title={t("panelHeading")} headingClassName="mb-2 text-xl font-semibold">
      <p className="mb-3 text-sm text-gray-700">{t("panelSummary", { reviewers: activeReviewers, size: panelSize, chair: hasChair ? "yes" : "no" })}</p>
      <p className="mb-3 text-sm text-gray-700">{t("quorumNote", { quorum })}</p>
      {members.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 p-4 text-gray-700">{t("panelEmpty")}</p>
      ) : (
        <RecordTable
          caption={t("panelCaption")}
          rows={members}
          rowKey={(m) => m.userId}
          headerWeight="font-semibold"
          bodyClassName="divide-y divide-gray-200"
          columns={[
            { header: t("name"), rowHeader: true, className: "font-medium text-gray-900", cell: (m) => <bdi>{m.name}</bdi> },
            { header: t("role"), className: "text-gray-800", cell: (m) => t(`roles.${panelRoleOf(m) ?? "unknown"}`) },
            { header: t("seat"), className: "text-gray-800", cell: (m) => t(`seats.${m.standing ?? "active"}`) },
          ]}
        />
      )}
    </Section>
  );
}
