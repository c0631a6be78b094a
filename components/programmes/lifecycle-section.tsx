import { getFormatter, getTranslations } from "next-intl/server";
import { OUTCOME_METRICS, type ProgrammeStatus, type OutcomeTarget } from "@/server/vocabulary";
import { Link } from "@/i18n/navigation";
import type { lifecycleActions } from "@/server/programmes/lifecycle-actions";
import { calendarDate } from "./content-view";
import { FlagshipToggle } from "./flagship-toggle";
import { LifecycleActions } from "./lifecycle-actions";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/back-link";

const AFTER_APPROVAL: readonly ProgrammeStatus[] = ["approved", "open", "active", "completed", "cancelled"];
const PUBLIC: readonly ProgrammeStatus[] = ["open", "active", "completed"];
const INTRO: Partial<Record<ProgrammeStatus, "approvedIntro" | "openIntro" | "activeIntro" | "completedIntro">> = {
  approved: "approvedIntro",
  open: "openIntro",
  active: "activeIntro",
  completed: "completedIntro",
};

type Props = {
  locale: string;
  programme: {
    id: string;
    reference: string;
    status: ProgrammeStatus;
    version: number;
    isFlagship: boolean;
    outcomes: OutcomeTarget[];
    cancellationReason: string | null;
    involvesDataSharing: boolean;
  };
  actions: ReturnType<typeof lifecycleActions>;
};

/**
 * "Running the programme" on the proposal page, once approved: where the programme stands,
 * the lead owner's lifecycle buttons (before the start date, when it can start instead of "Start"), the admin's flagship designation and the public page.
 */
export async function LifecycleSection({ locale, programme, actions }: Props) {
  if (!AFTER_APPROVAL.includes(programme.status)) return null;
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "programmes" }), getFormatter({ locale })]);
  const intro = INTRO[programme.status];
  const buttons = { publish: actions.publish, start: actions.start, startNeedsAgreement: actions.startNeedsAgreement, complete: actions.complete, cancel: actions.cancel };
  const anyButton = buttons.publish || buttons.start || buttons.complete || buttons.cancel;
  const metricLabels = Object.fromEntries(OUTCOME_METRICS.map((m) => [m, t(`outcomeMetrics.${m}`)]));
  return (
    <Section id="lifecycle-heading" title={t("lifecycle.title")} className="mb-10">
      {programme.status === "cancelled" && (
        <div className="mb-4 rounded border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
          <p className="font-semibold">{t("lifecycle.cancelledNotice")}</p>
          {programme.cancellationReason && (
            <p dir="auto" className="mt-1 whitespace-pre-line">
              {t("lifecycle.cancellationReason", { reason: programme.cancellationReason })}
            </p>
          )}
        </div>
      )}
      {intro && <p className="mb-3 max-w-3xl text-gray-800">{t(`lifecycle.${intro}`)}</p>}
      {actions.startsOn && (
        <p className="mb-3 max-w-3xl text-gray-800">{t("lifecycle.startsOn", { date: format.dateTime(calendarDate(actions.startsOn), { dateStyle: "long", timeZone: "UTC" }) })}</p>
      )}
      {anyButton ? (
        // Keyed by status and version: after a transition the page re-renders with fresh buttons (no stale pending state).
        <LifecycleActions
          key={`${programme.status}-${programme.version}`}
          programmeId={programme.id}
          version={programme.version}
          actions={buttons}
          outcomes={programme.outcomes}
          metricLabels={metricLabels}
        />
      ) : (
        ["approved", "open", "active"].includes(programme.status) && <p className="mb-4 text-sm text-gray-700">{t("lifecycle.readOnly")}</p>
      )}
      {programme.involvesDataSharing && !actions.start && (
        <BackLink href={`/proposals/${programme.id}/agreements`}>{t("lifecycle.agreementsLink")}</BackLink>
      )}
      {actions.setFlagship && <FlagshipToggle programmeId={programme.id} version={programme.version} flagship={programme.isFlagship} />}
      {PUBLIC.includes(programme.status) && (
        <p className="text-sm">
          <Link href={`/programmes/${programme.reference}`} className="text-brand-700 underline">
            {t("lifecycle.publicPage")}
          </Link>
        </p>
      )}
    </Section>
  );
}
