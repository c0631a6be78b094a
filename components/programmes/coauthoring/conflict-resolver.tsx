"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TEXT_FIELDS, type TextField, type TextValues } from "./text-values";

type Props = {
  /** The text when the author started, what the server holds now (the other author's), and the author's own. */
  base: TextValues;
  theirs: TextValues;
  mine: TextValues;
  busy: boolean;
  onResolve: (chosen: TextValues) => void;
};

/**
 * Three-way choice after a CONFLICT: for each field where the author's text and the server's
 * differ, base / theirs / mine side by side and a choice; fields only one side changed keep that
 * side's text without asking.
 */
export function ConflictResolver({ base, theirs, mine, busy, onResolve }: Props) {
  const t = useTranslations("coauthoring");
  const disputed = TEXT_FIELDS.filter((f) => theirs[f] !== mine[f] && mine[f] !== base[f] && theirs[f] !== base[f]);
  const [choice, setChoice] = useState<Record<TextField, "theirs" | "mine">>(() => Object.fromEntries(TEXT_FIELDS.map((f) => [f, "mine"])) as Record<TextField, "theirs" | "mine">);

  const resolved = (): TextValues =>
    Object.fromEntries(
      TEXT_FIELDS.map((f) => {
        if (disputed.includes(f)) return [f, choice[f] === "mine" ? mine[f] : theirs[f]];
        // Only one side changed it (or both alike): keep the change.
        return [f, mine[f] !== base[f] ? mine[f] : theirs[f]];
      }),
    ) as TextValues;

  const show = (text: string) => (text ? text : t("conflict.empty"));

  return (
    <section aria-labelledby="conflict-heading" role="region" className="mb-6 rounded border-2 border-amber-500 bg-amber-50 p-4">
      <h3 id="conflict-heading" className="mb-1 text-lg font-semibold">
        {t("conflict.heading")}
      </h3>
      <p className="mb-4 text-gray-800">{t("conflict.intro")}</p>
      {disputed.map((f) => (
        <fieldset key={f} className="mb-4 min-w-0">
          <legend className="mb-2 font-medium">{t("conflict.choice", { field: t(`fields.${f}`) })}</legend>
          <dl className="mb-2 grid gap-2 md:grid-cols-3">
            {(
              [
                ["base", base[f]],
                ["theirs", theirs[f]],
                ["mine", mine[f]],
              ] as const
            ).map(([which, text]) => (
              <div key={which} className="min-w-0 rounded border border-gray-300 bg-white p-2">
                <dt className="text-sm font-medium text-gray-700">{t(`conflict.${which}`)}</dt>
                <dd dir="auto" data-testid={`conflict-${f}-${which}`} className="break-words whitespace-pre-line">
                  {show(text)}
                </dd>
              </div>
            ))}
          </dl>
          <div className="flex flex-wrap gap-4">
            {(["theirs", "mine"] as const).map((side) => (
              <label key={side} className="inline-flex min-h-10 items-center gap-2">
                <input type="radio" name={`choice-${f}`} value={side} checked={choice[f] === side} onChange={() => setChoice((c) => ({ ...c, [f]: side }))} />
                {t(side === "theirs" ? "conflict.keepTheirs" : "conflict.keepMine")}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <Button disabled={busy} onClick={() => onResolve(resolved())}>
        {t("conflict.saveChoices")}
      </Button>
    </section>
  );
}
