import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/**
 * A page's `generateMetadata` when its title is one catalogue message:
 * `export const generateMetadata = titleFrom("notifications")` (key "title" unless named).
 */
export const titleFrom =
  (namespace: string, key = "title", extra: Metadata = {}) =>
  async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return { title: t(key), ...extra };
  };
