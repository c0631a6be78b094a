import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { AgreementStatusBadge } from "./status-badge";
import type { VersionView } from "./types";
import { Section } from "@/components/ui/section";

/** Every version of the agreement (same reference), oldest first, each with its status; the one shown is marked. */
export async function VersionsList({ locale, versions, currentId }: { locale: string; versions: VersionView[]; currentId: string }) {
  const t = await getTranslations({ locale, namespace: "agreements" });
  const sorted = [...versions].sort((a, b) => a.versionNumber - b.versionNumber);
  return (
    <Section id="versions-heading" title={t("versions.title")}>
      <ol className="space-y-2">
        {sorted.map((v) => (
          <li key={v.id} className="flex flex-wrap items-center gap-2">
            {v.id === currentId ? (
              <span className="font-medium" aria-current="page">
                {t("versions.versionLabel", { number: v.versionNumber })} {t("versions.current")}
              </span>
            ) : (
              <Link href={`/agreements/${v.id}`} className="text-brand-700 underline">
                {t("versions.versionLabel", { number: v.versionNumber })}
              </Link>
            )}
            <AgreementStatusBadge status={v.status} />
          </li>
        ))}
      </ol>
    </Section>
  );
}
