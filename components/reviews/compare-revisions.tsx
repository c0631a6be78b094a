import { getTranslations } from "next-intl/server";
import { RevisionDiff } from "@/components/programmes/revision-diff";
import { Button } from "@/components/ui/button";
import { Options, SelectField } from "@/components/forms/field";
import type { SheetComparison } from "@/server/pages/programmes/compare";

/**
 * "Compare revisions": a plain GET form (works without JavaScript; the view can be shared)
 * and, when the query names two revisions, their diff (read with the page: server/pages/programmes/compare.ts).
 */
export async function CompareRevisions({
  locale,
  programmeId,
  compare,
  institutionNames,
}: {
  locale: string;
  programmeId: string;
  compare: SheetComparison;
  institutionNames: Record<string, string>;
}) {
  const t = await getTranslations({ locale, namespace: "reviews.compare" });
  const { currentRevision, from, to, diff } = compare;
  if (currentRevision < 2) return <p className="text-gray-700">{t("onlyOne")}</p>;
  const numbers = Array.from({ length: currentRevision }, (_, i) => i + 1);
  const problem = compare.problem ? t(compare.problem) : null;
  return (
    <div>
      <p className="mb-3 text-gray-700">{t("intro")}</p>
      <form method="get" action={`/${locale}/reviews/${programmeId}#compare`} className="mb-4 flex flex-wrap items-end gap-x-4">
        <div className="w-40">
          <SelectField label={t("from")} name="from" defaultValue={String(from)}>
            <Options options={numbers.map((n) => ({ value: n, label: t("option", { number: n }) }))} />
          </SelectField>
        </div>
        <div className="w-40">
          <SelectField label={t("to")} name="to" defaultValue={String(to)}>
            <Options options={numbers.map((n) => ({ value: n, label: t("option", { number: n }) }))} />
          </SelectField>
        </div>
        <Button type="submit" variant="secondary" className="mb-4">
          {t("submit")}
        </Button>
      </form>
      {problem && <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">{problem}</p>}
      {diff && <RevisionDiff diff={diff} headingLevel={3} institutionNames={institutionNames} />}
    </div>
  );
}
