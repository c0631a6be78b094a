"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";
import type { RubricCriterion } from "./types";

type Row = { code: string; weight: string; active: boolean };

const KNOWN = new Set(["relevance", "feasibility", "inclusiveness", "mutual_benefit", "sustainability", "data_governance"]);
const validWeight = (w: string) => /^\d{1,3}$/.test(w.trim()) && Number(w) <= 100;

/** The rubric's weights (0–100) and on/off switches, with the running total of the active weights. */
export function RubricForm({ criteria }: { criteria: RubricCriterion[] }) {
  const t = useTranslations("reviewDesk.rubric");
  const tCriteria = useTranslations("reviewDesk.criteria");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [rows, setRows] = useState<Row[]>(() => criteria.map((c) => ({ code: c.code, weight: String(c.weight), active: c.active })));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const save = useMutation(
    trpc.reviews.updateRubric.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        startRefresh(() => router.refresh());
      },
    }),
  );
  const busy = save.isPending || refreshing;
  const nameOf = (code: string) => (KNOWN.has(code) ? tCriteria(code) : code);
  const total = rows.filter((r) => r.active && validWeight(r.weight)).reduce((sum, r) => sum + Number(r.weight), 0);
  const change = (code: string, patch: Partial<Row>) => {
    setSaved(false);
    setRows((all) => all.map((r) => (r.code === code ? { ...r, ...patch } : r)));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const invalid = rows.some((r) => !validWeight(r.weight));
    const message = invalid ? t("weightRange") : total === 0 ? t("zeroTotal") : null;
    setProblem(message);
    if (message) return;
    save.mutate({ criteria: rows.map((r) => ({ code: r.code, weight: Number(r.weight), active: r.active })) });
  };

  if (rows.length === 0) return <p className="rounded border border-dashed border-gray-300 p-4 text-gray-700">{t("empty")}</p>;
  const th = "px-3 py-2 text-start font-semibold text-gray-900";
  return (
    <form onSubmit={submit} noValidate>
      <div aria-live="polite" aria-atomic="true">
        {saved && <p className="mb-4 rounded border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">{t("saved")}</p>}
      </div>
      {problem && <Alert tone="error">{problem}</Alert>}
      {save.error && <Alert tone="error">{errorText.message(save.error)}</Alert>}
      <div className="mb-4 overflow-x-auto rounded border border-gray-200">
        <table className="min-w-full divide-y divide-gray-200 bg-white text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className={th}>
                {t("criterion")}
              </th>
              <th scope="col" className={th}>
                {t("weight")}
              </th>
              <th scope="col" className={th}>
                {t("active")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-200">
            {rows.map((r) => {
              const name = nameOf(r.code);
              const bad = !validWeight(r.weight);
              return (
                <tr key={r.code}>
                  <th scope="row" className="px-3 py-2 text-start font-medium text-gray-900">
                    {name}
                  </th>
                  <td className="px-3 py-2">
                    <input
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={100}
                      step={1}
                      required
                      aria-label={t("weightLabel", { criterion: name })}
                      aria-invalid={bad ? true : undefined}
                      value={r.weight}
                      disabled={busy}
                      onChange={(e) => change(r.code, { weight: e.target.value })}
                      className="w-24 rounded border border-gray-300 bg-white px-2 py-1 text-base aria-[invalid=true]:border-red-600"
                    />
                  </td>
                  <td className="px-3 py-2">
                    <input
                      type="checkbox"
                      className="h-5 w-5 accent-brand-700"
                      aria-label={t("activeLabel", { criterion: name })}
                      checked={r.active}
                      disabled={busy}
                      onChange={(e) => change(r.code, { active: e.target.checked })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mb-1 font-semibold">
        {t("total", { total })}
      </p>
      {total !== 100 && total > 0 && <p className="mb-4 text-sm text-gray-700">{t("totalNot100", { total })}</p>}
      <Button type="submit" className="mt-3" disabled={busy}>
        {busy ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
