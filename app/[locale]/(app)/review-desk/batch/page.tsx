import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { EmptyNote } from "@/components/ui/empty-note";
import { openPage, type LocalePageProps } from "@/app/page-props";
import { titleFrom } from "@/i18n/page-title";
import { AdminNav } from "@/components/admin/admin-nav";
import { BatchEditor } from "@/components/matching/batch-editor";
import { batchAssignmentPage } from "@/server/pages/reviews/matching";
import { readPage } from "@/server/pages/read-page";

export const generateMetadata = titleFrom("matching.batch");

/** Every proposal awaiting a panel, solved together: preview, edit, commit as one write. */
export default async function BatchAssignmentPage(props: LocalePageProps) {
  const { locale, query } = await openPage(props);
  const excludeLeadCountry = query.excludeLeadCountry === "1";
  const [t, preview] = await Promise.all([
    getTranslations({ locale, namespace: "matching.batch" }),
    readPage(batchAssignmentPage, { locale, path: "/review-desk/batch" }, excludeLeadCountry),
  ]);
  return (
    <div>
      <PageHeading title={t("title")} intro={t("intro")} introClassName="mb-6 max-w-3xl text-gray-700">
        <AdminNav locale={locale} current="reviewDesk" />
      </PageHeading>
      <form method="get" className="mb-4 flex items-center gap-3 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="excludeLeadCountry" value="1" defaultChecked={excludeLeadCountry} />
          {t("excludeLeadCountry")}
        </label>
        <button type="submit" className="rounded border border-gray-300 px-3 py-1">
          {t("recompute")}
        </button>
      </form>
      <dl className="mb-6 grid max-w-xl grid-cols-2 gap-1 text-sm">
        <dt className="font-medium">{t("objective")}</dt>
        <dd>{preview.objective}</dd>
        <dt className="font-medium">{t("totalScore")}</dt>
        <dd>{preview.totalScore}</dd>
        <dt className="font-medium">{t("staffed")}</dt>
        <dd>{t("staffedOf", { staffed: preview.panels.length, total: preview.panels.length + preview.unstaffed.length })}</dd>
        <dt className="font-medium">{t("window")}</dt>
        <dd>{preview.window ? `${preview.window.from} – ${preview.window.to}` : "—"}</dd>
      </dl>
      {preview.panels.length === 0 && preview.unstaffed.length === 0 && <EmptyNote>{t("empty")}</EmptyNote>}
      <BatchEditor key={preview.panels.map((p) => `${p.programmeId}:${p.version}`).join(",")} preview={preview} />
      {preview.unstaffed.length > 0 && (
        <section aria-labelledby="unstaffed" className="mt-8">
          <h2 id="unstaffed" className="mb-3 text-xl font-semibold">
            {t("unstaffedTitle", { count: preview.unstaffed.length })}
          </h2>
          <ul className="space-y-2 text-sm">
            {preview.unstaffed.map((u) => (
              <li key={u.programmeId}>
                {t("unstaffedItem", {
                  reference: u.reference,
                  title: u.title,
                  missing: u.missingReviewers,
                  chair: u.missingChair ? "yes" : "no",
                  binding: u.binding.map((b) => t(`constraint.${b}`)).join(", "),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
