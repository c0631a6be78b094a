import { useTranslations } from "next-intl";

/** "7 of 10 places taken", and a notice once every place is taken. */
export function PlacesTaken({ taken, capacity }: { taken: number; capacity: number | null }) {
  const t = useTranslations("participation.capacity");
  if (capacity === null) return null;
  return (
    <div className="mb-4">
      <p className="font-medium">{t("taken", { taken, capacity })}</p>
      {taken >= capacity && <p className="text-sm text-gray-800">{t("full")}</p>}
    </div>
  );
}
