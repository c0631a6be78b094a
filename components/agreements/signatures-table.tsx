import { getFormatter, getTranslations } from "next-intl/server";
import type { SignatureView } from "./types";
import { RecordTable } from "@/components/ui/record-table";

/** The signature record: who signed, for which institution, when (UTC), which content fingerprint and with which second factor. */
export async function SignaturesTable({ locale, signatures, storedHash }: { locale: string; signatures: SignatureView[]; storedHash: string | null }) {
  const [t, tStepUp, format] = await Promise.all([getTranslations({ locale, namespace: "agreements" }), getTranslations({ locale, namespace: "stepUp" }), getFormatter({ locale })]);
  if (signatures.length === 0) return <p className="text-gray-700">{t("record.noSignatures")}</p>;
  return (
    <RecordTable
      plain
      dense
      className="print:overflow-visible"
      rows={signatures}
      rowKey={(_s, i) => String(i)}
      rowClassName="align-top"
      columns={[
        { header: t("record.forInstitution"), rowHeader: true, cell: (s) => s.institutionName },
        { header: t("record.signer"), cell: (s) => s.userName },
        {
          header: t("record.signedAt"),
          className: "whitespace-nowrap",
          cell: (s) => <time dateTime={new Date(s.signedAt).toISOString()}>{format.dateTime(new Date(s.signedAt), { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })}</time>,
        },
        {
          header: t("record.hash"),
          cell: (s) => (
            <>
              <code dir="ltr" className="font-mono text-xs break-all">
                {s.contentHash}
              </code>
              {storedHash && s.status === "valid" && s.contentHash !== storedHash && <span className="block text-red-800">{t("record.hashMismatchWarning")}</span>}
            </>
          ),
        },
        { header: tStepUp("recordColumn"), cell: (s) => <span data-testid="signature-factor">{tStepUp(`factor.${s.secondFactor}`)}</span> },
        { header: t("record.signatureStatus"), cell: (s) => (s.status === "valid" ? t("record.valid") : t("record.voided")) },
      ]}
    />
  );
}
