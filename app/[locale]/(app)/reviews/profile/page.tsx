import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { openPage, type LocalePageProps } from "@/app/page-props";
import { titleFrom } from "@/i18n/page-title";
import { ReviewerProfileForm } from "@/components/matching/profile-form";
import { profileOptions } from "@/components/matching/profile-options";
import { reviewerProfilePage } from "@/server/pages/reviews/matching";
import { readPage } from "@/server/pages/read-page";
import { RelatedLinks } from "@/components/ui/related-links";

export const generateMetadata = titleFrom("matching.profile");

/** The reviewer's own profile: what the matching reads about them. */
export default async function ReviewerProfilePage(props: LocalePageProps) {
  const { locale } = await openPage(props);
  const [t, view] = await Promise.all([getTranslations({ locale, namespace: "matching.profile" }), readPage(reviewerProfilePage, { locale, path: "/reviews/profile" })]);
  const options = await profileOptions(locale, view);
  return (
    <div>
      <PageHeading title={t("title")} intro={t("intro")} introClassName="mb-2 max-w-3xl text-gray-700" />
      <RelatedLinks links={[{ href: "/reviews/bids", label: t("toBids") }]} />
      <ReviewerProfileForm profile={view.profile} version={view.version} options={options} />
    </div>
  );
}
