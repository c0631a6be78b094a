import { getTranslations } from "next-intl/server";
import { countryName } from "./labels";
import type { PartyView } from "./types";

/** The parties with their roles and whether each has signed the current version. */
export async function PartiesTable({ locale, parties, sent }: { locale: string; parties: PartyView[]; sent: boolean }) {
  const t = await getTranslations({ locale, namespace: "agreements" });
  const country = countryName(locale);
  if (parties.length === 0) return <p className="text-gray-700">{t("view.noParties")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-1 pe-4 text-start font-medium">{t("view.party")}</th>
            <th scope="col" className="py-1 pe-4 text-start font-medium">{t("view.country")}</th>
            <th scope="col" className="py-1 pe-4 text-start font-medium">{t("view.role")}</th>
            <th scope="col" className="py-1 text-start font-medium">{t("view.signature")}</th>
          </tr>
        </thead>
        <tbody>
          {parties.map((p) => (
            <tr key={p.institutionId} className="border-b border-gray-100">
              <th scope="row" className="py-1 pe-4 text-start font-normal">{p.name}</th>
              <td className="py-1 pe-4">{country(p.countryCode)}</td>
              <td className="py-1 pe-4">{t(`roles.${p.role}`)}</td>
              <td className="py-1">
                {p.signed ? (
                  <span className="font-medium text-green-800">✓ {t("view.signed")}</span>
                ) : (
                  <span className="text-gray-700">{sent ? t("view.notSigned") : t("view.notSent")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
