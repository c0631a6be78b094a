import { getTranslations } from "next-intl/server";
import { countryName } from "./labels";
import type { PartyView } from "./types";
import { RecordTable } from "@/components/ui/record-table";

/** The parties with their roles and whether each has signed the current version. */
export async function PartiesTable({ locale, parties, sent }: { locale: string; parties: PartyView[]; sent: boolean }) {
  const t = await getTranslations({ locale, namespace: "agreements" });
  const country = countryName(locale);
  if (parties.length === 0) return <p className="text-gray-700">{t("view.noParties")}</p>;
  return (
    <RecordTable
      plain
      dense
      rows={parties}
      rowKey={(p) => p.institutionId}
      columns={[
        { header: t("view.party"), rowHeader: true, cell: (p) => <bdi>{p.name}</bdi> },
        { header: t("view.country"), cell: (p) => country(p.countryCode) },
        { header: t("view.role"), cell: (p) => t(`roles.${p.role}`) },
        {
          header: t("view.signature"),
          cell: (p) =>
            p.signed ? (
              <span className="font-medium text-green-800">✓ {t("view.signed")}</span>
            ) : (
              <span className="text-gray-700">{sent ? t("view.notSigned") : t("view.notSent")}</span>
            ),
        },
      ]}
    />
  );
}
