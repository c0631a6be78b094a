"use client";
import { useTranslations } from "next-intl";
import { useConfirmation } from "@/components/forms/use-confirmation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea, TextField } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import type { OutcomeTarget } from "@/server/vocabulary";
import { useFocusOnError } from "@/components/forms/use-focus-on-error";

const NARRATIVE_MAX = 20_000;
const ACHIEVED_MAX = 10_000_000;

type Props = {
  programmeId: string;
  version: number;
  outcomes: readonly OutcomeTarget[];
  metricLabels: Record<string, string>;
  onClose: () => void;
  onDone: () => void;
};

const validAchieved = (value: string) => /^\d{1,8}$/.test(value.trim()) && Number(value) <= ACHIEVED_MAX;

/** The outcome report that completes a programme: what was achieved for each expected outcome, and a narrative. */
export function CompleteProgrammeForm({ programmeId, version, outcomes, metricLabels, onClose, onDone }: Props) {
  const t = useTranslations("programmes.lifecycle");
  const tRoot = useTranslations();
  const confirmation = useConfirmation();
  const trpc = useTRPC();
  const [achieved, setAchieved] = useState<string[]>(() => outcomes.map(() => ""));
  const [narrative, setNarrative] = useState("");
  const [checked, setChecked] = useState(false);
  const { mutation: complete, ...action } = useAction(trpc.programmes.complete.mutationOptions({ onSuccess: onDone }));
  const alertRef = useFocusOnError<HTMLDivElement>(complete.error);
  const busy = action.busy || complete.isSuccess;

  const rowError = (i: number) => (checked && !validAchieved(achieved[i] ?? "") ? tRoot("programmes.lifecycle.validation.achieved") : null);
  const narrativeTooShort = checked && narrative.trim().length < 20;
  const narrativeError = narrativeTooShort ? tRoot("programmes.lifecycle.validation.narrative") : action.fieldMessage("narrative");
  const resultsError = action.fieldMessage("results");

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (achieved.some((a) => !validAchieved(a)) || narrative.trim().length < 20) return;
    confirmation.ask(() => complete.mutate({
      programmeId,
      version,
      results: outcomes.map((o, i) => ({ metric: o.metric, target: o.target, description: o.description, achieved: Number(achieved[i]) })),
      narrative: narrative.trim(),
    }), t("completeConfirm"));
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="complete-heading" className="mt-4 max-w-3xl rounded border border-gray-200 bg-gray-50 p-4">
      {confirmation.dialog}
      <h3 id="complete-heading" className="mb-1 text-lg font-semibold">
        {t("completeTitle")}
      </h3>
      <p className="mb-4 text-sm text-gray-700">{t("completeIntro")}</p>
      <div ref={alertRef} tabIndex={-1} className="outline-none">
        {complete.error && !narrativeError && <Alert tone="error">{resultsError ?? action.errorMessage}</Alert>}
      </div>
      {outcomes.length === 0 && <p className="mb-4 text-sm text-gray-700">{t("noOutcomes")}</p>}
      {outcomes.map((outcome, i) => (
        <fieldset key={i} className="mb-4 rounded border border-gray-200 bg-white p-3">
          <legend className="px-1 text-sm font-semibold">{t("resultLegend", { metric: metricLabels[outcome.metric] ?? outcome.metric, target: outcome.target })}</legend>
          {outcome.description && (
            <p dir="auto" className="mb-2 text-sm text-gray-700">
              {outcome.description}
            </p>
          )}
          <TextField
            label={t("achieved")}
            name={`complete-achieved-${i}`}
            type="number"
            inputMode="numeric"
            min={0}
            max={ACHIEVED_MAX}
            step={1}
            value={achieved[i] ?? ""}
            onChange={(e) => setAchieved((all) => all.map((v, j) => (j === i ? e.target.value : v)))}
            error={rowError(i)}
            required
            aria-required="true"
          />
        </fieldset>
      ))}
      <TextArea
        label={t("narrative")}
        name="complete-narrative"
        hint={t("narrativeHint")}
        value={narrative}
        onChange={(e) => setNarrative(e.target.value)}
        error={narrativeError}
        required
        aria-required="true"
        maxLength={NARRATIVE_MAX}
        rows={6}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>
          {complete.isPending ? t("completing") : t("submitComplete")}
        </Button>
        <Button variant="secondary" disabled={complete.isPending} onClick={onClose}>
          {t("closeForm")}
        </Button>
      </div>
    </form>
  );
}
