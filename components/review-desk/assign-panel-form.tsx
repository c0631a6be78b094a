"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { AssignPanelError } from "./assign-panel-error";
import { CandidateTable } from "./candidate-table";
import type { Candidate, PanelProposal } from "./types";

type Props = {
  programmeId: string;
  version: number;
  /** People not on the panel yet (recused ones included, shown as conflicted). */
  candidates: Candidate[];
  suggestion: PanelProposal["suggestion"];
  panelSize: number;
  /** The panel already has an active chair: only reviewers can be added. */
  hasChair: boolean;
  /** The panel has its target number of active reviewers and a chair. */
  panelComplete: boolean;
};

/** The admin's panel assignment: pick reviewers and a chair by hand or from the suggestion, then assign. */
export function AssignPanelForm({ programmeId, version, candidates, suggestion, panelSize, hasChair, panelComplete }: Props) {
  const t = useTranslations("reviewDesk.assign");
  const trpc = useTRPC();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [picked, setPicked] = useState<string[]>([]);
  const [pickedChair, setPickedChair] = useState<string | null>(null);
  // After a reload, a person who gained a conflict or joined the panel drops out of the choice.
  const selectable = new Set(candidates.filter((c) => c.conflict === null).map((c) => c.userId));
  const reviewerIds = picked.filter((id) => selectable.has(id));
  const chairId = pickedChair && selectable.has(pickedChair) && !hasChair ? pickedChair : null;
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const assign = useMutation(
    trpc.reviews.assignPanel.mutationOptions({
      onSuccess: () => {
        setNotice(t("success"));
        setPicked([]);
        setPickedChair(null);
        startRefresh(() => router.refresh());
      },
    }),
  );
  const busy = assign.isPending || refreshing;
  const nameOf = (id: string | null) => candidates.find((c) => c.userId === id)?.name ?? "";
  const hasSuggestion = suggestion.reviewerIds.length > 0 || (!hasChair && suggestion.chairId !== null);
  const suggestionText = hasSuggestion ? t("suggestionHint") : panelComplete ? t("panelComplete", { size: panelSize }) : t("noSuggestion");

  const toggleReviewer = (userId: string, checked: boolean) => {
    setNotice(null);
    setPicked((ids) => (checked ? [...ids.filter((id) => id !== userId), userId] : ids.filter((id) => id !== userId)));
    if (checked && chairId === userId) setPickedChair(null);
  };
  const chooseChair = (userId: string) => {
    setNotice(null);
    setPickedChair(userId);
    setPicked((ids) => ids.filter((id) => id !== userId));
  };
  const applySuggestion = () => {
    const chair = hasChair ? null : suggestion.chairId;
    // With few eligible reviewers the suggested chair may also be a suggested reviewer; a person holds one seat.
    setPicked(suggestion.reviewerIds.filter((id) => id !== chair));
    setPickedChair(chair);
    setProblem(null);
    assign.reset();
    setNotice(t("suggestionApplied"));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    const missing = !hasChair && !chairId ? t("needChair") : hasChair && reviewerIds.length === 0 ? t("needReviewer") : null;
    setProblem(missing);
    if (missing) return;
    // With a chair already on the panel, chairId is left out: the request only adds reviewers.
    assign.mutate({ programmeId, version, reviewerIds, chairId: chairId ?? undefined });
  };

  return (
    <form onSubmit={submit} noValidate aria-describedby="assign-intro">
      <p id="assign-intro" className="mb-3 text-gray-700">
        {hasChair ? t("introWithChair") : t("intro")}
      </p>
      <div aria-live="polite" aria-atomic="true">
        {notice && <p className="mb-4 rounded border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">{notice}</p>}
      </div>
      {assign.error && <AssignPanelError error={assign.error} reloading={refreshing} onReload={() => {
            assign.reset();
            startRefresh(() => router.refresh());
          }} />}
      {problem && <Alert tone="error">{problem}</Alert>}

      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={applySuggestion} disabled={busy || !hasSuggestion} aria-describedby="suggestion-hint">
          {t("useSuggestion")}
        </Button>
        <p id="suggestion-hint" className="text-sm text-gray-700">
          {suggestionText}
        </p>
      </div>

      {candidates.length === 0 ? (
        <p className="mb-4 rounded border border-dashed border-gray-300 p-4 text-gray-700">{t("noCandidates")}</p>
      ) : (
        <CandidateTable
          candidates={candidates}
          reviewerIds={reviewerIds}
          chairId={chairId}
          chooseChair={!hasChair}
          disabled={busy}
          onToggleReviewer={toggleReviewer}
          onChooseChair={chooseChair}
        />
      )}

      <p className="mb-4 text-sm text-gray-800">
        {t("selection", { count: reviewerIds.length, size: panelSize })}{" "}
        {!hasChair && (chairId ? t("chairSelected", { name: nameOf(chairId) }) : t("noChairSelected"))}
      </p>
      <Button type="submit" disabled={busy || candidates.length === 0}>
        {busy ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
