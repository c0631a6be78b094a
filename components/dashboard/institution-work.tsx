import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { InstitutionWorkView } from "@/server/pages/dashboard/dashboard";
import { OurApplications } from "./our-applications";
import { OurProgrammes } from "./our-programmes";
import { WaitingForDecision } from "./waiting-for-decision";

/**
 * Everything one institution has under way, for one of its members: what waits for our
 * decision, our proposals, the programmes we lead and our applications to other programmes
 * (read with the dashboard: server/pages/dashboard/dashboard.ts).
 */
export async function InstitutionWork({ locale, work }: { locale: string; work: InstitutionWorkView }) {
  const { membership, acts, proposals, led, applications, awaiting } = work;
  const institutionId = membership.institutionId;
  const t = await getTranslations({ locale, namespace: "dashboard.work" });
  const headingId = `work-${institutionId}`;
  return (
    <section aria-labelledby={headingId} className="mb-12 border-t border-gray-200 pt-6">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
        <h2 id={headingId} className="text-2xl font-semibold">
          {t("title", { institution: membership.institutionName })}
        </h2>
        <Link href={`/dashboard/institutions/${institutionId}`} className="text-sm text-brand-700 underline">
          {t("manage", { institution: membership.institutionName })}
        </Link>
      </div>
      {membership.institutionStatus === "pending" && <p className="mb-4 text-sm text-gray-700">{t("notVerified")}</p>}
      <WaitingForDecision
        locale={locale}
        institutionId={institutionId}
        applications={awaiting}
        requests={work.requests}
        agreements={work.agreementsToSign}
      />
      <OurProgrammes locale={locale} institutionId={institutionId} kind="proposals" items={proposals} />
      <OurProgrammes locale={locale} institutionId={institutionId} kind="programmes" items={led} />
      <OurApplications locale={locale} institutionId={institutionId} items={applications} canAct={acts} />
    </section>
  );
}
