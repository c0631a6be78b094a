import { useTranslations } from "next-intl";

/** "Closing soon" as a badge: a clock (decorative) and the words, never colour alone. */
export function ClosingSoonBadge() {
  const t = useTranslations("catalogue");
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-red-300 bg-red-50 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-red-900">
      <span aria-hidden="true">⏳</span>
      {t("card.closingSoon")}
    </span>
  );
}
