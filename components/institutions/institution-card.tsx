import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/server-link";
import { InstitutionLocation } from "./location";
import { WebsiteLink } from "./website-link";

export type DirectoryItem = {
  id: string;
  name: string;
  acronym: string | null;
  countryCode: string;
  region: string;
  type: string;
  website: string;
};

/** One institution in the directory list. Only the name and the website are links (never nested). */
export async function InstitutionCard({ locale, item }: { locale: string; item: DirectoryItem }) {
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: "institutions" }),
    getTranslations({ locale, namespace: "common" }),
  ]);
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <h3 className="text-lg font-semibold leading-snug">
        <Link href={`/institutions/${item.id}`} className="text-brand-700 underline-offset-2 hover:text-brand-800 hover:underline">
          <bdi>{item.name}</bdi>
        </Link>
        {item.acronym && (
          <span className="ms-2 text-base font-normal text-gray-600">
            <bdi>({item.acronym})</bdi>
          </span>
        )}
      </h3>
      <p className="text-sm text-gray-700">
        <InstitutionLocation locale={locale} countryCode={item.countryCode} region={item.region} />
      </p>
      <p>
        <span className="inline-block rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">
          {common(`institutionTypes.${item.type}`)}
        </span>
      </p>
      <p className="mt-auto text-sm">
        <span className="sr-only">{t("card.website")}: </span>
        <WebsiteLink href={item.website} />
      </p>
    </article>
  );
}
