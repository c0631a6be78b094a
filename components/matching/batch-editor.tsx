"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TRPCClientError } from "@trpc/client";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import type { BatchPreview } from "@/server/reviewer-matching/preview-batch";

type Panel = BatchPreview["panels"][number];
type Person = { userId: string; name: string; score: number | null };
type Edited = { reviewers: Person[]; chair: Person | null };

const fieldErrorsOf = (error: unknown): Record<string, string[] | undefined> =>
  error instanceof TRPCClientError ? ((error.data as { fieldErrors?: Record<string, string[] | undefined> } | undefined)?.fieldErrors ?? {}) : {};

/**
 * The batch preview, editable: remove a reviewer or the chair, put one of the panel's
 * alternatives in an empty seat, then commit the whole batch at once. The server checks every
 * rule again on commit (and refuses a preview made stale by another change).
 */
export function BatchEditor({ preview }: { preview: BatchPreview }) {
  const t = useTranslations("matching.batch");
  const tRoot = useTranslations();
  const trpc = useTRPC();
  const [edits, setEdits] = useState<Record<string, Edited>>(() => Object.fromEntries(preview.panels.map((p) => [p.programmeId, { reviewers: p.reviewers, chair: p.chair }])));
  const [done, setDone] = useState<{ proposals: number; seats: number } | null>(null);
  // The preview stays as committed (with the confirmation); "Preview the next batch" reloads it.
  const { mutation, errorMessage, refresh, busy } = useAction(trpc.matching.commitBatch.mutationOptions({ onSuccess: (result) => setDone(result) }));
  const fieldErrors = fieldErrorsOf(mutation.error);
  const update = (id: string, change: (e: Edited) => Edited) => setEdits((all) => ({ ...all, [id]: change(all[id]!) }));
  const commit = () =>
    mutation.mutate({
      excludeLeadCountry: preview.excludeLeadCountry,
      panels: preview.panels.map((p) => ({ programmeId: p.programmeId, version: p.version, reviewerIds: edits[p.programmeId]!.reviewers.map((r) => r.userId), chairId: edits[p.programmeId]!.chair?.userId ?? null })),
    });

  if (preview.panels.length === 0) return null;
  return (
    <section aria-labelledby="batch-panels">
      <h2 id="batch-panels" className="mb-3 text-xl font-semibold">
        {t("panelsTitle", { count: preview.panels.length })}
      </h2>
      {done && (
        <Alert tone="success">
          {t("committed", { proposals: done.proposals, seats: done.seats })}{" "}
          <button type="button" className="underline" onClick={refresh}>
            {t("nextBatch")}
          </button>
        </Alert>
      )}
      {errorMessage && <Alert tone="error">{errorMessage}</Alert>}
      <ol className="space-y-4">
        {preview.panels.map((panel, index) => (
          <PanelCard
            key={panel.programmeId}
            panel={panel}
            edited={edits[panel.programmeId]!}
            problems={(fieldErrors[`panels.${index}`] ?? []).map((key) => (tRoot.has(key) ? tRoot(key) : key))}
            onChange={(change) => update(panel.programmeId, change)}
          />
        ))}
      </ol>
      <div className="mt-6">
        <Button onClick={commit} disabled={busy || done !== null}>
          {t("commit", { count: preview.panels.length })}
        </Button>
        <p className="mt-2 text-sm text-gray-700">{t("commitHint")}</p>
      </div>
    </section>
  );
}

function PanelCard({ panel, edited, problems, onChange }: { panel: Panel; edited: Edited; problems: string[]; onChange: (change: (e: Edited) => Edited) => void }) {
  const t = useTranslations("matching.batch");
  const taken = new Set([...panel.seated.map((s) => s.userId), ...edited.reviewers.map((r) => r.userId), ...(edited.chair ? [edited.chair.userId] : [])]);
  const free = panel.alternatives.filter((a) => !taken.has(a.userId));
  const score = edited.reviewers.reduce((s, r) => s + (r.score ?? 0), 0) + (edited.chair?.score ?? 0);
  const selectId = `add-${panel.programmeId}`;
  return (
    <li className="rounded border border-gray-200 p-4" aria-label={`${panel.reference} ${panel.title}`}>
      <h3 className="font-semibold">
        {panel.reference} — {panel.title}
      </h3>
      <p className="text-sm text-gray-700">{t("panelScore", { score, regions: panel.regions.join(", ") })}</p>
      {panel.seated.length > 0 && <p className="text-sm text-gray-700">{t("seated", { names: panel.seated.map((s) => s.name).join(", ") })}</p>}
      <ul className="my-2 space-y-1">
        {edited.reviewers.map((r) => (
          <li key={r.userId} className="flex flex-wrap items-center gap-2 text-sm">
            <span>{t("reviewer", { name: r.name, score: r.score ?? 0 })}</span>
            <button type="button" className="text-red-700 underline" onClick={() => onChange((e) => ({ ...e, reviewers: e.reviewers.filter((x) => x.userId !== r.userId) }))}>
              {t("remove", { name: r.name })}
            </button>
          </li>
        ))}
        {edited.chair && (
          <li className="flex flex-wrap items-center gap-2 text-sm">
            <span>{t("chair", { name: edited.chair.name, score: edited.chair.score ?? 0 })}</span>
            <button type="button" className="text-red-700 underline" onClick={() => onChange((e) => ({ ...e, chair: null }))}>
              {t("remove", { name: edited.chair.name })}
            </button>
          </li>
        )}
      </ul>
      {free.length > 0 && (
        <div className="flex flex-wrap items-end gap-2 text-sm">
          <label htmlFor={selectId}>{t("add")}</label>
          <select
            id={selectId}
            className="rounded border border-gray-300 px-2 py-1"
            value=""
            onChange={(event) => {
              const [role, userId] = event.target.value.split(":");
              const person = free.find((a) => a.userId === userId);
              if (!person) return;
              onChange((e) => (role === "chair" ? { ...e, chair: person } : { ...e, reviewers: [...e.reviewers, person] }));
            }}
          >
            <option value="">{t("choose")}</option>
            {free.map((a) => (
              <option key={`r${a.userId}`} value={`reviewer:${a.userId}`}>
                {t("asReviewer", { name: a.name, score: a.score })}
              </option>
            ))}
            {!edited.chair &&
              free.map((a) => (
                <option key={`c${a.userId}`} value={`chair:${a.userId}`}>
                  {t("asChair", { name: a.name, score: a.score })}
                </option>
              ))}
          </select>
        </div>
      )}
      {panel.displaced.length > 0 && (
        <div className="mt-2 text-sm text-gray-700">
          <p>{t("boundBy")}</p>
          <ul className="ms-5 list-disc">
            {panel.displaced.map((d) => (
              <li key={`${d.name}-${d.seat}`}>{t("displaced", { name: d.name, score: d.score, constraint: t(`constraint.${d.constraint}`) })}</li>
            ))}
          </ul>
        </div>
      )}
      {problems.length > 0 && (
        <ul role="alert" className="mt-2 text-sm text-red-700">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
