"use client";
import { useTranslations } from "next-intl";
import { useConfirmation } from "@/components/forms/use-confirmation";
import { useState, type FormEvent } from "react";
import type { DecisionOutcome } from "@/server/vocabulary";
import { errorFacts } from "@/components/memberships/trpc-error-details";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { ChoiceGroup } from "./choice-group";
import { FormError } from "@/components/forms/form-error";
import { useSheetForm } from "./use-sheet-form";

const LETTER_MAX = 20_000;
/** The order of DECISION_OUTCOMES (db/schema/reviews.ts), repeated here so the client bundle does not pull in the schema. */
const OUTCOME_OPTIONS: readonly DecisionOutcome[] = ["approve", "request_changes", "reject"];
const REASON_MAX = 2000;

/**
 * The chair's (or an admin's) decision: outcome, letter and — for admins deciding without
 * quorum or in the chair's place — an override reason. Sends the programme version it was
 * rendered with, so a decision taken meanwhile by somebody else is refused (CONFLICT).
 */
export function DecisionForm({ programmeId, version, showOverride }: { programmeId: string; version: number; showOverride: boolean }) {
  const t = useTranslations("reviews");
  const tRoot = useTranslations();
  const confirmation = useConfirmation();
  const errorText = useErrorText();
  const [outcome, setOutcome] = useState<DecisionOutcome | "">("");
  const [letter, setLetter] = useState("");
  const [overrideReason, setOverrideReason] = useState("");
  const trpc = useTRPC();
  const sheet = useSheetForm(t("decision.done"), (onSuccess) => trpc.reviews.decide.mutationOptions({ onSuccess }));
  const { mutation, busy, working, fieldError } = sheet;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!outcome) problems.outcome = t("decision.required");
    if (!letter.trim()) problems.letter = tRoot("validation.letterRequired");
    if (overrideReason.trim().length > REASON_MAX) problems.overrideReason = tRoot("validation.reasonLength");
    const send = () =>
      sheet.send(problems, () =>
        outcome ? { programmeId, version, outcome, letter: letter.trim(), overrideReason: showOverride && overrideReason.trim() ? overrideReason.trim() : undefined } : null,
      );
    // A decision is final: confirmed in a dialog once the form is complete (errors show at once).
    if (Object.keys(problems).length > 0 || !outcome) send();
    else confirmation.ask(send, t("decision.confirm", { outcome }));
  };

  const { code, details } = errorFacts(mutation.error);
  const stale = code === "CONFLICT" || code === "INVALID_TRANSITION";
  const formError =
    code === "QUORUM_NOT_MET"
      ? t("decision.quorumNotMet", { quorum: Number(details.quorum ?? 0), submitted: Number(details.submitted ?? 0) })
      : stale
        ? t("decision.conflict")
        : errorText.message(mutation.error);

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl">
      {confirmation.dialog}
      <ChoiceGroup
        name="outcome"
        legend={t("decision.outcome")}
        options={OUTCOME_OPTIONS.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
        value={outcome}
        onChange={(v) => setOutcome(v as DecisionOutcome)}
        error={fieldError("outcome")}
        disabled={busy}
      />
      <TextArea
        label={t("decision.letter")}
        name="letter"
        hint={t("decision.letterHint")}
        value={letter}
        onChange={(e) => setLetter(e.target.value)}
        error={fieldError("letter")}
        required
        aria-required="true"
        maxLength={LETTER_MAX}
        rows={8}
      />
      {showOverride && (
        <TextArea
          label={t("decision.override")}
          name="overrideReason"
          hint={t("decision.overrideHint")}
          value={overrideReason}
          onChange={(e) => setOverrideReason(e.target.value)}
          error={fieldError("overrideReason")}
          maxLength={REASON_MAX}
          rows={3}
        />
      )}
      <Button type="submit" disabled={busy}>
        {working ? t("decision.submitting") : t("decision.submit")}
      </Button>
      <FormError message={sheet.refusedLocally ? tRoot("errors.VALIDATION") : mutation.error ? formError : null} reload={Boolean(mutation.error) && stale} />
    </form>
  );
}
