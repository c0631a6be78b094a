import { getTranslations } from "next-intl/server";
import type { ViewerMembership } from "@/server/authz/viewer";
import { Link } from "@/i18n/navigation";
import { serverCaller } from "@/server/trpc/server-caller";
import { OurApplications } from "./our-applications";
import { OurProgrammes } from "./our-programmes";
import { WaitingForDecision } from "./waiting-for-decision";

/** Statuses after publication: the programme is "ours" in the catalogue sense; earlier ones are proposals. */
const PROGRAMME_STATUSES = ["open", "active", "completed", "cancelled"];

/**
 * Everything one institution has under way, for one of its members: what waits for our
 * decision, our proposals, the programmes we lead and our applications to other programmes.
 * Each list is one procedure; they are read together.
 */
export async function InstitutionWork({ locale, membership }: { locale: string; membership: ViewerMembership }) {
  const api = await serverCaller(locale);
  const institutionId = membership.institutionId;
  const isOwner = membership.role === "owner";
  const [t, programmes, applications, awaiting, members, agreements] = await Promise.all([
    getTranslations({ locale, namespace: "dashboard.work" }),
    api.programmes.forInstitution({ institutionId }),
    api.participation.forInstitution({ institutionId }),
    api.participation.awaitingDecision({ institutionId }),
    isOwner ? api.memberships.list({ institutionId }) : Promise.resolve([]),
    api.agreements.forInstitution({ institutionId }),
  ]);
  const headingId = `work-${institutionId}`;
  const proposals = programmes.filter((p) => !PROGRAMME_STATUSES.includes(p.status));
  const led = programmes.filter((p) => PROGRAMME_STATUSES.includes(p.status));
  const acts = membership.institutionStatus === "verified";
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
        requests={isOwner && acts ? members.filter((m) => m.status === "requested") : []}
        agreements={agreements.filter((a) => a.awaitingOurSignature)}
      />
      <OurProgrammes locale={locale} institutionId={institutionId} kind="proposals" items={proposals} />
      <OurProgrammes locale={locale} institutionId={institutionId} kind="programmes" items={led} />
      <OurApplications locale={locale} institutionId={institutionId} items={applications} canAct={acts} />
    </section>
  );
}
