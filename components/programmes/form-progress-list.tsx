"use client";
import { useTranslations } from "next-intl";
import type { SectionProgress } from "./form-progress";

/** The sections of the proposal form as links, each saying how much of it is filled in (issue #15.7). */
export function FormProgressList({ progress }: { progress: SectionProgress[] }) {
  const t = useTranslations("programmes");
  const done = progress.filter((s) => s.complete).length;
  return (
    <nav aria-labelledby="form-progress-title" className="mb-6 rounded border border-gray-200 bg-white p-4">
      <h2 id="form-progress-title" className="text-base font-semibold">
        {t("form.progress.title", { done, total: progress.length })}
      </h2>
      <progress value={done} max={progress.length} aria-labelledby="form-progress-title" className="mt-2 h-2 w-full accent-brand-700" />
      <ol className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
        {progress.map((s, i) => (
          <li key={s.id}>
            <a href={`#section-${s.id}`} className="text-brand-700 underline hover:text-brand-800">
              {i + 1}. {t(s.legend)}
            </a>{" "}
            <span className={s.complete ? "text-green-800" : "text-gray-700"}>
              {s.complete ? t("form.progress.complete") : t("form.progress.filled", { filled: s.filled, total: s.total })}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
