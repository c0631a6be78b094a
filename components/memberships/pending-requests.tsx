import { getFormatter, getTranslations } from "next-intl/server";
import { Pill } from "@/components/institutions/status-badge";
import { RequestActions } from "./request-actions";
import type { MembershipListItem } from "./types";
import { Section } from "@/components/ui/section";

export type PendingRequest = MembershipListItem & { domainMatch: boolean };

/** Requests to join, with the requester's message and whether their email domain is one of the institution's. */
export async function PendingRequests({ locale, requests, canDecide }: { locale: string; requests: PendingRequest[]; canDecide: boolean }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "dashboard.requests" }), getFormatter({ locale })]);
  return (
    <Section id="requests-heading" title={t("title")}>
      {requests.length === 0 ? (
        <p className="text-sm text-gray-700">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {requests.map((r) => (
            <li key={r.id} className="rounded border border-gray-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-semibold">{r.userName}</h3>
                <span className="text-sm break-all text-gray-700" dir="ltr">
                  {r.userEmail}
                </span>
                {r.domainMatch && <Pill>{t("domainMatch")}</Pill>}
              </div>
              <p className="mt-1 text-xs text-gray-700">{t("requestedOn", { date: format.dateTime(r.createdAt, { dateStyle: "medium" }) })}</p>
              {r.domainMatch && <p className="mt-1 text-xs text-gray-700">{t("domainMatchHint")}</p>}
              <div className="mt-2 text-sm">
                <p className="font-medium">{t("message")}</p>
                {r.message ? <p className="whitespace-pre-line">{r.message}</p> : <p className="text-gray-700">{t("noMessage")}</p>}
              </div>
              {canDecide && (
                <div className="mt-3">
                  <RequestActions request={{ id: r.id, version: r.version, name: r.userName }} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
