import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/i18n/page-title";
import { ReviewerProfileForm } from "@/components/matching/profile-form";
import { profileOptions } from "@/components/matching/profile-options";
import { Link } from "@/i18n/navigation";
import { reviewerProfilePage } from "@/server/pages/reviews/matching";
import { readPage } from "@/server/pages/read-page";

export const generateMetadata = titleFrom("matching.profile");

/** The reviewer's own profile: what the matching reads about them. */
export default async function ReviewerProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, view] = await Promise.all([getTranslations({ locale, namespace: "matching.profile" }), readPage(reviewerProfilePage, { locale, path: "/reviews/profile" })]);
  const options = await profileOptions(locale, view);
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl text-gray-700">{t("intro")}</p>
      <p className="mb-6">
        <Link href="/reviews/bids" className="text-brand-700 underline">
          {t("toBids")}
        </Link>
      </p>
      <ReviewerProfileForm profile={view.profile} version={view.version} options={options} />
    </div>
  );
}
