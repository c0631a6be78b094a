"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { Recommendation } from "@/server/vocabulary";
import { domainCodeOf } from "@/components/forms/server-error";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { ChoiceGroup } from "./choice-group";
import { FormError } from "@/components/forms/form-error";
import { ScoreFieldset } from "./score-fieldset";
import { useSheetForm } from "./use-sheet-form";
import type { Criterion } from "./types";

const TEXT_MAX = 10_000;
/** The order of RECOMMENDATIONS (db/schema/reviews.ts), repeated here so the client bundle does not pull in the schema. */
const RECOMMENDATION_OPTIONS: readonly Recommendation[] = ["approve", "revise", "reject"];
/** Refusals that mean the page is out of date (the seat, the panel or the proposal changed). */
const STALE = ["NOT_FOUND", "FORBIDDEN", "INVALID_TRANSITION"];

/** The rubric form: a 1–5 score per criterion, comments, confidential comments and a recommendation. */
export function ReviewForm({ programmeId, criteria }: { programmeId: string; criteria: Criterion[] }) {
  const t = useTranslations("reviews");
  const tRoot = useTranslations();
  const errorText = useErrorText();
  const [scores, setScores] = useState<Record<string, number>>({});
  const [comments, setComments] = useState("");
  const [confidential, setConfidential] = useState("");
  const [recommendation, setRecommendation] = useState<Recommendation | "">("");
  const trpc = useTRPC();
  const sheet = useSheetForm(t("form.done"), (onSuccess) => trpc.reviews.submit.mutationOptions({ onSuccess }));
  const { mutation, busy, working, fieldError } = sheet;
  const criterionName = (code: string) => (t.has(`criteria.${code}`) ? t(`criteria.${code}`) : code);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    for (const c of criteria) if (!scores[c.code]) problems[`scores.${c.code}`] = tRoot("validation.score");
    if (!comments.trim()) problems.commentsToProposer = tRoot("validation.required");
    if (!recommendation) problems.recommendation = tRoot("validation.required");
    sheet.send(problems, () =>
      recommendation ? { programmeId, scores, commentsToProposer: comments.trim(), confidentialComments: confidential.trim(), recommendation } : null,
    );
  };

  const code = domainCodeOf(mutation.error);
  const formError =
    code === "ALREADY_EXISTS" ? t("form.alreadyReviewed") : code && STALE.includes(code) ? t("form.notAllowed") : errorText.message(mutation.error);

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl">
      <p className="mb-4 text-sm text-gray-700">{t("form.intro")}</p>
      {criteria.map((c) => (
        <ScoreFieldset
          key={c.code}
          code={c.code}
          name={criterionName(c.code)}
          weight={c.weight}
          value={scores[c.code]}
          error={fieldError(`scores.${c.code}`)}
          disabled={busy}
          onChange={(score) => setScores((s) => ({ ...s, [c.code]: score }))}
        />
      ))}
      <TextArea
        label={t("form.comments")}
        name="commentsToProposer"
        hint={t("form.commentsHint")}
        value={comments}
        onChange={(e) => setComments(e.target.value)}
        error={fieldError("commentsToProposer")}
        required
        aria-required="true"
        maxLength={TEXT_MAX}
        rows={6}
      />
      <TextArea
        label={t("form.confidential")}
        name="confidentialComments"
        hint={t("form.confidentialHint")}
        value={confidential}
        onChange={(e) => setConfidential(e.target.value)}
        error={fieldError("confidentialComments")}
        maxLength={TEXT_MAX}
        rows={4}
      />
      <ChoiceGroup
        name="recommendation"
        legend={t("form.recommendation")}
        options={RECOMMENDATION_OPTIONS.map((r) => ({ value: r, label: t(`recommendations.${r}`) }))}
        value={recommendation}
        onChange={(v) => setRecommendation(v as Recommendation)}
        error={fieldError("recommendation")}
        disabled={busy}
      />
      <Button type="submit" disabled={busy}>
        {working ? t("form.submitting") : t("form.submit")}
      </Button>
      <FormError message={sheet.refusedLocally ? tRoot("errors.VALIDATION") : mutation.error ? formError : null} reload={Boolean(mutation.error) && code !== "VALIDATION"} />
    </form>
  );
}
