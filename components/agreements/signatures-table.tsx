import { getFormatter, getTranslations } from "next-intl/server";
import type { SignatureView } from "./types";

/** The signature record: who signed, for which institution, when (UTC), which content fingerprint and with which second factor. */
export async function SignaturesTable({ locale, signatures, storedHash }: { locale: string; signatures: SignatureView[]; storedHash: string | null }) {
  const [t, tStepUp, format] = await Promise.all([getTranslations({ locale, namespace: "agreements" }), getTranslations({ locale, namespace: "stepUp" }), getFormatter({ locale })]);
  if (signatures.length === 0) return <p className="text-gray-700">{t("record.noSignatures")}</p>;
  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table className="min-w-full text-sm">
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-1 pe-4 text-start font-medium">{t("record.forInstitution")}</th>
            <th scope="col" className="py-1 pe-4 text-start font-medium">{t("record.signer")}</th>
            <th scope="col" className="py-1 pe-4 text-start font-medium">{t("record.signedAt")}</th>
            <th scope="col" className="py-1 pe-4 text-start font-medium">{t("record.hash")}</th>
            <th scope="col" className="py-1 pe-4 text-start font-medium">{tStepUp("recordColumn")}</th>
            <th scope="col" className="py-1 text-start font-medium">{t("record.signatureStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {signatures.map((s, i) => {
            const when = new Date(s.signedAt);
            return (
              <tr key={i} className="border-b border-gray-100 align-top">
                <th scope="row" className="py-1 pe-4 text-start font-normal">{s.institutionName}</th>
                <td className="py-1 pe-4">{s.userName}</td>
                <td className="py-1 pe-4 whitespace-nowrap">
                  <time dateTime={when.toISOString()}>{format.dateTime(when, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })}</time>
                </td>
                <td className="py-1 pe-4">
                  <code dir="ltr" className="font-mono text-xs break-all">{s.contentHash}</code>
                  {storedHash && s.status === "valid" && s.contentHash !== storedHash && <span className="block text-red-800">{t("record.hashMismatchWarning")}</span>}
                </td>
                <td className="py-1 pe-4" data-testid="signature-factor">{tStepUp(`factor.${s.secondFactor}`)}</td>
                <td className="py-1">{s.status === "valid" ? t("record.valid") : t("record.voided")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
