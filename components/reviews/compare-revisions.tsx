import { getTranslations } from "next-intl/server";
import { RevisionDiff } from "@/components/programmes/revision-diff";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { serverCaller } from "@/server/trpc/server-caller";

/** Parses a revision number from the query string (null when absent or out of range). */
function revisionParam(value: string | string[] | undefined, max: number): number | null {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null;
}

/**
 * "Compare revisions": a plain GET form (works without JavaScript; the view can be shared)
 * and, when the query names two revisions, the diff from programmes.revisionDiff.
 */
export async function CompareRevisions({
  locale,
  programmeId,
  currentRevision,
  query,
  institutionNames,
}: {
  locale: string;
  programmeId: string;
  currentRevision: number;
  query: Record<string, string | string[] | undefined>;
  institutionNames: Record<string, string>;
}) {
  const t = await getTranslations({ locale, namespace: "reviews.compare" });
  if (currentRevision < 2) return <p className="text-gray-700">{t("onlyOne")}</p>;
  const requested = query.from !== undefined || query.to !== undefined;
  const from = revisionParam(query.from, currentRevision) ?? currentRevision - 1;
  const to = revisionParam(query.to, currentRevision) ?? currentRevision;
  const numbers = Array.from({ length: currentRevision }, (_, i) => i + 1);
  let diff = null;
  let problem: string | null = null;
  if (requested) {
    if (from === to) problem = t("same");
    else {
      try {
        diff = await (await serverCaller(locale)).programmes.revisionDiff({ programmeId, from, to });
      } catch {
        problem = t("unavailable");
      }
    }
  }
  return (
    <div>
      <p className="mb-3 text-gray-700">{t("intro")}</p>
      <form method="get" action={`/${locale}/reviews/${programmeId}#compare`} className="mb-4 flex flex-wrap items-end gap-x-4">
        <div className="w-40">
          <SelectField label={t("from")} name="from" defaultValue={String(from)}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {t("option", { number: n })}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="w-40">
          <SelectField label={t("to")} name="to" defaultValue={String(to)}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {t("option", { number: n })}
              </option>
            ))}
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
