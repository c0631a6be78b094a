import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Section } from "@/components/ui/section";

export type Verification = { storedHash: string | null; canonicalHash: string | null; recomputedHash: string; matches: boolean };

/**
 * "Verify": a link-styled GET form (works without JavaScript) that reloads the record with
 * ?verify=1; the server then recomputes the fingerprints (agreements.verify) and this shows
 * match or mismatch with the values compared.
 */
export async function VerifySection({ locale, agreementId, result }: { locale: string; agreementId: string; result: Verification | null }) {
  const t = await getTranslations({ locale, namespace: "agreements" });
  const hash = (value: string | null) => (
    <code dir="ltr" className="block font-mono text-xs break-all">
      {value ?? "—"}
    </code>
  );
  return (
    <Section id="verify-heading" title={t("verify.title")} className="mb-8 print:break-inside-avoid" headingClassName="mb-2 text-xl font-semibold">
      <p className="mb-3 text-sm text-gray-700 print:hidden">{t("verify.intro")}</p>
      <form method="get" className="mb-4 print:hidden">
        <input type="hidden" name="verify" value="1" />
        <button type="submit" className="inline-flex min-h-10 items-center justify-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          {t("verify.submit")}
        </button>
      </form>
      {result && (
        <div
          role="status"
          data-testid="verify-result"
          className={`rounded border px-4 py-3 text-sm ${result.matches ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}
        >
          <p className="mb-2 font-semibold">{result.matches ? t("verify.match") : t("verify.mismatch")}</p>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">{t("verify.stored")}</dt>
            <dd>{hash(result.storedHash)}</dd>
            <dt className="font-medium">{t("verify.recomputedText")}</dt>
            <dd>{hash(result.canonicalHash)}</dd>
            <dt className="font-medium">{t("verify.recomputed")}</dt>
            <dd>{hash(result.recomputedHash)}</dd>
          </dl>
          <p className="mt-2 print:hidden">
            <Link href={`/agreements/${agreementId}/record`} className="underline">
              {t("verify.hide")}
            </Link>
          </p>
        </div>
      )}
    </Section>
  );
}
