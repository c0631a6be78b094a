import { getFormatter, getTranslations } from "next-intl/server";
import type { ProgrammeStatus } from "@/server/vocabulary";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { RecordTable } from "@/components/ui/record-table";
import { Link } from "@/i18n/navigation";

type Item = { id: string; reference: string; title: string; status: ProgrammeStatus; updatedAt: Date | string };

/** "Our proposals" (before publication) or "Our programmes" (led, published): title, reference, status, last change. */
export async function OurProgrammes({ locale, institutionId, kind, items }: { locale: string; institutionId: string; kind: "proposals" | "programmes"; items: Item[] }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "dashboard.work" }), getFormatter({ locale })]);
  const headingId = `${kind}-${institutionId}`;
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <h3 id={headingId} className="mb-2 text-lg font-semibold">
        {t(kind)}
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-gray-700">{t(kind === "proposals" ? "proposalsEmpty" : "programmesEmpty")}</p>
      ) : (
        <RecordTable
          labelledBy={headingId}
          rows={items}
          rowKey={(p) => p.id}
          columns={[
            {
              header: t("programmeTitle"),
              rowHeader: true,
              cell: (p) => (
                <Link href={`/proposals/${p.id}`} className="font-medium text-brand-700 underline">
                  {p.title}
                </Link>
              ),
            },
            { header: t("reference"), dir: "ltr", className: "whitespace-nowrap", cell: (p) => p.reference },
            { header: t("status"), cell: (p) => <ProgrammeStatusBadge status={p.status} /> },
            { header: t("updated"), className: "whitespace-nowrap", cell: (p) => format.dateTime(new Date(p.updatedAt), { dateStyle: "medium" }) },
          ]}
        />
      )}
    </section>
  );
}
