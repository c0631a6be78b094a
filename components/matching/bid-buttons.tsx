"use client";
import "@/components/forms/zod-jitless";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useAction } from "@/components/forms/use-action";
import type { BidLevel } from "@/server/reviewer-matching/schemas";

/** The bids, in the order shown (the schema's list, without loading zod in the browser). */
const BID_LEVELS = ["eager", "willing", "not_qualified", "conflict"] as const satisfies readonly BidLevel[];

/** The four bids on one proposal as toggle buttons; pressing the current one withdraws it. */
export function BidButtons({ programmeId, reference, bid: initial }: { programmeId: string; reference: string; bid: BidLevel | null }) {
  const t = useTranslations("matching.bids");
  const trpc = useTRPC();
  const [bid, setBid] = useState(initial);
  const save = useAction(trpc.matching.bid.mutationOptions({ onSuccess: (result) => setBid(result.bid) }), { refresh: true });
  return (
    <div>
      <div role="group" aria-label={t("groupLabel", { reference })} className="flex flex-wrap gap-2">
        {BID_LEVELS.map((level) => (
          <button
            key={level}
            type="button"
            aria-pressed={bid === level}
            disabled={save.busy}
            onClick={() => save.mutation.mutate({ programmeId, bid: bid === level ? null : level })}
            className={`min-h-10 rounded border px-3 py-1 text-sm ${bid === level ? "border-brand-700 bg-brand-700 text-white" : "border-gray-300 bg-white text-gray-900 hover:bg-gray-50"}`}
          >
            {t(`level.${level}`)}
          </button>
        ))}
      </div>
      <p className="mt-1 text-xs text-gray-700" role="status">
        {bid ? t("current", { bid: t(`level.${bid}`) }) : t("none")}
      </p>
      {save.errorMessage && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {save.errorMessage}
        </p>
      )}
    </div>
  );
}
