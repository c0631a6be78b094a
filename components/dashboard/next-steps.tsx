import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { NextStep } from "@/server/pages/dashboard/next-steps";

/** The dashboard's "what next" checklist: each step says whether it is done and links to where it is done. */
export async function NextSteps({ locale, steps }: { locale: string; steps: NextStep[] }) {
  const t = await getTranslations({ locale, namespace: "dashboard.nextSteps" });
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="next-steps-heading" className="mb-10 rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="next-steps-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <ol className="mt-3 space-y-2">
        {steps.map((step, i) => {
          const text = t(`steps.${step.key}`, { institution: step.institution ?? "" });
          return (
            <li key={`${step.key}-${step.institution ?? i}`} className="flex items-start gap-2">
              <span aria-hidden="true" className={`mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full border text-xs ${step.done ? "border-green-700 bg-green-700 text-white" : "border-gray-400 text-gray-700"}`}>
                {step.done ? "✓" : i + 1}
              </span>
              <span>
                <span className="sr-only">{step.done ? t("done") : t("toDo")}: </span>
                {step.href && !step.done ? (
                  <Link href={step.href} className="font-medium text-brand-700 underline hover:text-brand-800">
                    {text}
                  </Link>
                ) : (
                  <span className={step.done ? "text-gray-700 line-through" : ""}>{text}</span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
