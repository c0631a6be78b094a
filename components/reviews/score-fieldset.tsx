"use client";
import { useTranslations } from "next-intl";

export const SCORES = [1, 2, 3, 4, 5] as const;

/** One rubric criterion: a group of five radios (1–5) under a legend with the criterion and its weight. */
export function ScoreFieldset({
  code,
  name,
  weight,
  value,
  error,
  disabled,
  onChange,
}: {
  code: string;
  name: string;
  weight: number;
  value: number | undefined;
  error: string | null;
  disabled?: boolean;
  onChange: (score: number) => void;
}) {
  const t = useTranslations("reviews.form");
  const id = `score-${code}`;
  return (
    <fieldset className="mb-5" aria-describedby={error ? `${id}-error` : `${id}-scale`}>
      <legend className="text-sm font-medium">{t("legend", { criterion: name, weight })}</legend>
      <p id={`${id}-scale`} className="text-xs text-gray-600">
        {t("scale")}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {SCORES.map((score) => (
          <label
            key={score}
            className="flex min-h-10 min-w-12 cursor-pointer items-center justify-center gap-2 rounded border border-gray-300 bg-white px-3 has-checked:border-brand-700 has-checked:bg-brand-50 has-focus-visible:outline-2 has-focus-visible:outline-brand-700"
          >
            <input
              type="radio"
              name={id}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
              disabled={disabled}
              aria-label={t("scoreLabel", { criterion: name, score })}
              className="accent-brand-700"
            />
            <span aria-hidden="true" className="tabular-nums">
              {score}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
