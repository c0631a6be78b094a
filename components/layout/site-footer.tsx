import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <footer className="border-t border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-4 text-sm text-gray-600">
        <p>{t("footer.mission")}</p>
        <p>
          <a className="underline" href="/api/open/institutions.json">
            {t("footer.openData")}
          </a>
        </p>
      </div>
    </footer>
  );
}
