import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { openPage, queryValue, type LocalePageProps } from "@/app/page-props";
import { titleFrom } from "@/i18n/page-title";
import { AdminNav } from "@/components/admin/admin-nav";
import { getReferenceNames } from "@/i18n/get-reference-names";
import { reviewerProfilesPage } from "@/server/pages/reviews/matching";
import { readPage } from "@/server/pages/read-page";

export const generateMetadata = titleFrom("matching.reviewers");

/** Admins: every reviewer's profile as the matching reads it. */
export default async function ReviewerProfilesPage(props: LocalePageProps) {
  const { locale, query } = await openPage(props);
  const page = queryValue(query, "page");
  const [t, names, view] = await Promise.all([
    getTranslations({ locale, namespace: "matching.reviewers" }),
    getReferenceNames(locale),
    readPage(reviewerProfilesPage, { locale, path: "/review-desk/reviewers" }, page),
  ]);
  const languages = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const pages = Math.max(1, Math.ceil(view.total / view.pageSize));
  return (
    <div>
      <PageHeading title={t("title")} intro={t("intro")} introClassName="mb-6 max-w-3xl text-gray-700">
        <AdminNav locale={locale} current="reviewDesk" />
      </PageHeading>
      <table className="w-full text-start text-sm">
        <thead>
          <tr>
            <th scope="col" className="text-start">{t("name")}</th>
            <th scope="col" className="text-start">{t("sectors")}</th>
            <th scope="col" className="text-start">{t("places")}</th>
            <th scope="col" className="text-start">{t("languages")}</th>
            <th scope="col" className="text-start">{t("capacity")}</th>
            <th scope="col" className="text-start">{t("unavailable")}</th>
          </tr>
        </thead>
        <tbody>
          {view.items.map((r) => (
            <tr key={r.userId} className="border-t border-gray-200 align-top">
              <th scope="row" className="py-2 text-start font-medium">{r.name}</th>
              {r.profile ? (
                <>
                  <td>{list.format(r.profile.sectors.map((s) => names.sector(s, s)))}</td>
                  <td>{list.format([...r.profile.regionsKnown.map((g) => names.region(g)), ...r.profile.countriesKnown.map((c) => names.country(c))])}</td>
                  <td>{list.format(r.profile.languages.map((l) => languages.of(l) ?? l))}</td>
                  <td>{r.profile.capacity}</td>
                  <td>{r.profile.unavailable.map((p) => `${p.from} – ${p.to}`).join("; ")}</td>
                </>
              ) : (
                <td colSpan={5} className="text-gray-600">
                  {t("noProfile")}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <Pager label={t("pages")} path="/review-desk/reviewers" page={view.page} pages={pages} previous={t("previous")} next={t("next")} />
    </div>
  );
}
