import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export type FiguresViewMode = "exact" | "public";

/** Links between the exact figures and the suppressed ones the public sees (plain links, the current one marked). */
export async function FiguresViewSwitch({ locale, current, hrefFor }: { locale: string; current: FiguresViewMode; hrefFor: (mode: FiguresViewMode) => { pathname: string; query: Record<string, string> } }) {
  const t = await getTranslations({ locale, namespace: "transparency.admin.figuresView" });
  const modes: FiguresViewMode[] = ["exact", "public"];
  return (
    <nav aria-label={t("label")} className="mb-4">
      <ul className="flex flex-wrap gap-2 text-sm">
        {modes.map((mode) => (
          <li key={mode}>
            <Link
              href={hrefFor(mode)}
              aria-current={mode === current ? "page" : undefined}
              className={`inline-flex min-h-10 items-center rounded border px-3 py-2 ${
                mode === current ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-gray-300 bg-white text-gray-900 hover:bg-gray-50"
              }`}
            >
              {t(mode)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export const viewModeOf = (raw: string | string[] | undefined): FiguresViewMode => (raw === "public" ? "public" : "exact");
