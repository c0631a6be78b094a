"use client";
import { useTranslations } from "next-intl";
import { forwardRef } from "react";
import { Button } from "@/components/ui/button";
import type { SectionProgress } from "./form-progress";
import type { ProgrammeFormValues } from "./form-values";
import type { ProgrammeFormOptions } from "./form-types";

type Props = { values: ProgrammeFormValues; progress: SectionProgress[]; options: ProgrammeFormOptions; onConfirm: () => void };

/**
 * Review before submitting (issue #15.7): a modal <dialog> with what will be frozen as the
 * revision — the main facts and each section's completeness — and Confirm / Cancel.
 */
export const SubmitReviewDialog = forwardRef<HTMLDialogElement, Props>(function SubmitReviewDialog({ values, progress, options, onConfirm }, ref) {
  const t = useTranslations("programmes");
  const tActions = useTranslations("common.actions");
  const country = (code: string) => options.countries.find((c) => c.code === code)?.label ?? code;
  const label = (list: readonly { value: string; label: string }[], value: string) => list.find((o) => o.value === value)?.label ?? value;
  const none = t("form.review.none");
  const facts: [string, string][] = [
    [t("fields.title"), values.title],
    [t("fields.workingArea"), values.workingArea ? label(options.workingAreas, values.workingArea) : none],
    [t("fields.mechanismCode"), values.mechanismCode ? label(options.mechanisms, values.mechanismCode) : none],
    [t("fields.hubCountry"), values.hubCountry ? country(values.hubCountry) : none],
    [t("fields.spilloverCountries"), values.spilloverCountries.length ? values.spilloverCountries.map(country).join(", ") : none],
    [t("form.review.dates"), values.startDate && values.endDate ? `${values.startDate} – ${values.endDate}` : none],
    [t("fields.budgetAmount"), values.budgetAmount ? `${values.budgetAmount} ${values.budgetCurrency}` : none],
  ];
  const close = () => (typeof ref === "object" ? ref?.current?.close() : undefined);
  return (
    <dialog
      ref={ref}
      aria-labelledby="submit-review-title"
      className="m-auto max-h-[90vh] w-[min(40rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-gray-300 bg-white p-5 text-gray-900 shadow-xl backdrop:bg-black/40"
    >
      <h2 id="submit-review-title" className="text-xl font-semibold">
        {t("form.review.title")}
      </h2>
      <p className="mt-1 text-sm text-gray-700">{t("view.submitConfirm")}</p>
      <dl className="mt-4 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium">{term}</dt>
            <dd className="break-words">
              <bdi>{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
      <ul className="mt-4 text-sm">
        {progress.map((s) => (
          <li key={s.id}>
            {t(s.legend)}: {s.complete ? t("form.progress.complete") : t("form.progress.filled", { filled: s.filled, total: s.total })}
          </li>
        ))}
      </ul>
      <div className="mt-5 flex flex-wrap gap-2">
        <Button onClick={onConfirm}>{tActions("confirm")}</Button>
        <Button variant="secondary" autoFocus onClick={close}>
          {tActions("cancel")}
        </Button>
      </div>
    </dialog>
  );
});
