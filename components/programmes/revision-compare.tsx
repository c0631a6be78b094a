import { getFormatter, getTranslations } from "next-intl/server";
import type { ProposalComparison } from "@/server/pages/programmes/compare";
import { RevisionDiff } from "./revision-diff";
import { Section } from "@/components/ui/section";
import { Options } from "@/components/forms/field";

type Revision = { number: number; createdAt: Date | string };

/**
 * The list of frozen revisions and a plain GET form (?from=&to=) comparing two of them; the
 * diff is read with the page (server/pages/programmes/compare.ts). Works without JavaScript.
 */
export async function RevisionCompare({
  locale,
  revisions,
  compare,
  institutionNames,
}: {
  locale: string;
  revisions: readonly Revision[];
  compare: ProposalComparison;
  institutionNames?: Record<string, string>;
}) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "programmes" }), getFormatter({ locale })]);
  const latest = revisions.at(-1)?.number ?? 0;
  const { from, to, diff } = compare;
  const problem = compare.problem === "same" ? t("view.compareSame") : compare.problem === "missing" ? t("view.revisionMissing") : null;
  const selectClass = "mt-1 block w-full rounded border border-gray-300 bg-white px-3 py-2 text-base";

  return (
    <Section id="revisions-heading" title={t("view.revisions")} className="mb-10">
      {revisions.length === 0 ? (
        <p className="text-gray-700">{t("view.noRevisions")}</p>
      ) : (
        <ul className="mb-4 space-y-1">
          {revisions.map((r) => (
            <li key={r.number}>
              <span className="font-medium">{t("view.revisionItem", { number: r.number })}</span>{" "}
              <span className="text-gray-700">{t("view.revisionSubmitted", { date: format.dateTime(new Date(r.createdAt), { dateStyle: "long", timeStyle: "short" }) })}</span>
            </li>
          ))}
        </ul>
      )}
      {revisions.length >= 2 && (
        <form method="get" action="#revisions-heading" className="mb-4 grid max-w-xl gap-x-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <div className="mb-4">
            <label htmlFor="compare-from" className="block text-sm font-medium">
              {t("view.compareFrom")}
            </label>
            <select id="compare-from" name="from" defaultValue={String(from ?? latest - 1)} className={selectClass}>
              <Options options={revisions.map((r) => ({ value: r.number, label: t("view.revisionItem", { number: r.number }) }))} />
            </select>
          </div>
          <div className="mb-4">
            <label htmlFor="compare-to" className="block text-sm font-medium">
              {t("view.compareTo")}
            </label>
            <select id="compare-to" name="to" defaultValue={String(to ?? latest)} className={selectClass}>
              <Options options={revisions.map((r) => ({ value: r.number, label: t("view.revisionItem", { number: r.number }) }))} />
            </select>
          </div>
          <div className="mb-4">
            <button type="submit" className="inline-flex min-h-10 items-center justify-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
              {t("actions.compare")}
            </button>
          </div>
        </form>
      )}
      {problem && (
        <p role="status" className="mb-4 text-gray-800">
          {problem}
        </p>
      )}
      {diff && <RevisionDiff diff={diff} headingLevel={3} institutionNames={institutionNames} />}
    </Section>
  );
}
