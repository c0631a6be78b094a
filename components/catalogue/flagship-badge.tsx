import { useTranslations } from "next-intl";

/** "Flagship" as a badge: a star (decorative) and the word, never colour alone. */
export function FlagshipBadge({ long = false }: { long?: boolean }) {
  const t = useTranslations("catalogue");
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-amber-400 bg-amber-50 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-amber-900">
      <span aria-hidden="true">★</span>
      {long ? t("detail.flagship") : t("card.flagship")}
    </span>
  );
}
