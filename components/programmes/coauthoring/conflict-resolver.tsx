"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ProgrammeFormOptions } from "../form-types";
import type { ProgrammeFormValues } from "../form-values";
import { sameValue, type SectionFormField } from "./section-values";
import { useShowValue } from "./show-value";

type Props = {
  fields: readonly SectionFormField[];
  /** The section when the author started, what the server holds now (the other author's), and the author's own. */
  base: ProgrammeFormValues;
  theirs: ProgrammeFormValues;
  mine: ProgrammeFormValues;
  options: ProgrammeFormOptions;
  busy: boolean;
  onResolve: (chosen: ProgrammeFormValues) => void;
};

/**
 * Three-way choice after a CONFLICT: for each field where the author's value and the server's
 * differ, base / theirs / mine side by side and a choice (a repeatable list — funding sources,
 * outcomes — is chosen whole); fields only one side changed keep that side's value without asking.
 */
export function ConflictResolver({ fields, base, theirs, mine, options, busy, onResolve }: Props) {
  const t = useTranslations("coauthoring");
  const tFields = useTranslations("programmes.fields");
  const show = useShowValue(options);
  const disputed = fields.filter((f) => !sameValue(theirs[f], mine[f]) && !sameValue(mine[f], base[f]) && !sameValue(theirs[f], base[f]));
  const [choice, setChoice] = useState<Partial<Record<SectionFormField, "theirs" | "mine">>>({});

  const resolved = (): ProgrammeFormValues => {
    const chosen = { ...mine } as Record<string, unknown>;
    for (const f of fields) {
      if (disputed.includes(f)) chosen[f] = (choice[f] ?? "mine") === "mine" ? mine[f] : theirs[f];
      // Only one side changed it (or both alike): keep the change.
      else chosen[f] = sameValue(mine[f], base[f]) ? theirs[f] : mine[f];
    }
    return chosen as ProgrammeFormValues;
  };

  return (
    <section aria-labelledby="conflict-heading" role="region" className="mb-6 rounded border-2 border-amber-500 bg-amber-50 p-4">
      <h3 id="conflict-heading" className="mb-1 text-lg font-semibold">
        {t("conflict.heading")}
      </h3>
      <p className="mb-4 text-gray-800">{t("conflict.intro")}</p>
      {disputed.map((f) => (
        <fieldset key={f} className="mb-4 min-w-0">
          <legend className="mb-2 font-medium">{t("conflict.choice", { field: tFields(f) })}</legend>
          <dl className="mb-2 grid gap-2 md:grid-cols-3">
            {(
              [
                ["base", base],
                ["theirs", theirs],
                ["mine", mine],
              ] as const
            ).map(([which, values]) => (
              <div key={which} className="min-w-0 rounded border border-gray-300 bg-white p-2">
                <dt className="text-sm font-medium text-gray-700">{t(`conflict.${which}`)}</dt>
                <dd dir="auto" data-testid={`conflict-${f}-${which}`} className="break-words whitespace-pre-line">
                  {show(f, values) || t("conflict.empty")}
                </dd>
              </div>
            ))}
          </dl>
          <div className="flex flex-wrap gap-4">
            {(["theirs", "mine"] as const).map((side) => (
              <label key={side} className="inline-flex min-h-10 items-center gap-2">
                <input type="radio" name={`choice-${f}`} value={side} checked={(choice[f] ?? "mine") === side} onChange={() => setChoice((c) => ({ ...c, [f]: side }))} />
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
