import { getTranslations } from "next-intl/server";
import type { MyMembership } from "./types";
import { Section } from "@/components/ui/section";

/** The viewer's requests to join, waiting for the owners' decision. */
export async function MyRequests({ locale, requests }: { locale: string; requests: MyMembership[] }) {
  const t = await getTranslations({ locale, namespace: "dashboard.overview" });
  return (
    <Section id="my-requests-heading" title={t("myRequests")} className="mb-10">
      {requests.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 bg-white p-4 text-sm text-gray-700">{t("myRequestsEmpty")}</p>
      ) : (
        <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white">
          {requests.map((m) => (
            <li key={m.id} className="flex flex-col gap-1 px-4 py-3 text-sm sm:flex-row sm:items-baseline sm:justify-between">
              <span className="font-medium">{m.institutionName}</span>
              <span className="text-gray-700">{t("requestWaiting")}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
