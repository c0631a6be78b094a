"use client";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { useErrorText } from "@/components/forms/use-error-text";
import { sortFields } from "./content-values";
import { problemLabel } from "./problem-label";

type ErrorData = { fieldErrors?: Record<string, string[] | undefined> | null };

/** The field problems a refusal carries (e.g. sending refused by the checks), each translated with its field; otherwise the error's message. */
export function CheckProblems({ error }: { error: unknown }) {
  const t = useTranslations("agreements");
  const tAll = useTranslations();
  const errorText = useErrorText();
  const fields = error instanceof TRPCClientError ? ((error.data as ErrorData | undefined)?.fieldErrors ?? null) : null;
  const entries = fields ? sortFields(Object.keys(fields)).flatMap((path) => (fields[path] ?? []).map((key) => ({ path, key }))) : [];
  if (entries.length === 0) return <Alert tone="error">{errorText.message(error)}</Alert>;
  return (
    <div role="alert" className="mb-4 rounded border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-semibold">{t("checks.problems", { count: entries.length })}</p>
      <ul className="mt-2 list-disc space-y-1 ps-5">
        {entries.map(({ path, key }, i) => (
          <li key={`${path}-${i}`}>{t("checks.fieldProblem", { field: problemLabel(path, t), problem: tAll.has(key) ? tAll(key) : errorText.message(error) ?? key })}</li>
        ))}
      </ul>
    </div>
  );
}
