"use client";
import { useLocale, useTranslations } from "next-intl";
import { referenceNames } from "@/i18n/reference-names";
import type { Candidate } from "./types";

type Props = {
  candidates: Candidate[];
  reviewerIds: readonly string[];
  chairId: string | null;
  /** False when the panel already has a chair: the chair column is left out. */
  chooseChair: boolean;
  disabled: boolean;
  onToggleReviewer: (userId: string, checked: boolean) => void;
  onChooseChair: (userId: string) => void;
};

/**
 * Candidate reviewers with a checkbox (reviewer) and a radio (chair) each. A candidate with a
 * conflict of interest has both controls disabled, described by the reason; the server checks again.
 */
export function CandidateTable({ candidates, reviewerIds, chairId, chooseChair, disabled, onToggleReviewer, onChooseChair }: Props) {
  const t = useTranslations("reviewDesk.assign");
  const tConflict = useTranslations("reviewDesk.conflicts");
  const locale = useLocale();
  const names = referenceNames(locale, useTranslations("reference"));
  const list = new Intl.ListFormat(locale, { type: "unit", style: "short" });
  const captionId = "candidate-table-caption";
  const th = "px-3 py-2 text-start font-semibold text-gray-900";
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="mb-4 overflow-x-auto rounded border border-gray-200">
      <table className="min-w-full divide-y divide-gray-200 bg-white text-sm">
        <caption id={captionId} className="px-3 py-2 text-start font-semibold">
          {t("caption")}
        </caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className={th}>
              {t("name")}
            </th>
            <th scope="col" className={th}>
              {t("reviewer")}
            </th>
            {chooseChair && (
              <th scope="col" className={th}>
                {t("chair")}
              </th>
            )}
            <th scope="col" className={th}>
              {t("conflict")}
            </th>
            <th scope="col" className={th}>
              {t("load")}
            </th>
            <th scope="col" className={th}>
              {t("regions")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200">
          {candidates.map((c) => {
            const blocked = c.conflict !== null;
            const reasonId = `conflict-${c.userId}`;
            const regions = c.regions.map(names.region);
            return (
              <tr key={c.userId} className={blocked ? "bg-gray-50" : undefined}>
                <th scope="row" className="px-3 py-2 text-start font-medium text-gray-900">
                  {c.name}
                </th>
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    className="h-5 w-5 accent-brand-700"
                    aria-label={t("reviewerLabel", { name: c.name })}
                    aria-describedby={blocked ? reasonId : undefined}
                    checked={reviewerIds.includes(c.userId)}
                    disabled={blocked || disabled}
                    onChange={(e) => onToggleReviewer(c.userId, e.target.checked)}
                  />
                </td>
                {chooseChair && (
                  <td className="px-3 py-2">
                    <input
                      type="radio"
                      name="chair"
                      value={c.userId}
                      className="h-5 w-5 accent-brand-700"
                      aria-label={t("chairLabel", { name: c.name })}
                      aria-describedby={blocked ? reasonId : undefined}
                      checked={chairId === c.userId}
                      disabled={blocked || disabled}
                      onChange={() => onChooseChair(c.userId)}
                    />
                  </td>
                )}
                <td id={reasonId} className={`px-3 py-2 ${blocked ? "font-medium text-red-800" : "text-gray-700"}`}>
                  {c.conflict ? tConflict(c.conflict) : t("noConflict")}
                </td>
                <td className="px-3 py-2 text-gray-800">{t("loadValue", { count: c.load })}</td>
                <td className="px-3 py-2 text-gray-800">{regions.length ? list.format(regions) : t("noRegion")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
