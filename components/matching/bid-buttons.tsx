"use client";
import "@/components/forms/zod-jitless";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useHydrated } from "@/components/auth/use-hydrated";
import { useTRPC } from "@/components/providers/trpc";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";
import type { BidLevel } from "@/server/reviewer-matching/schemas";

/** The bids, in the order shown (the schema's list, without loading zod in the browser). */
const BID_LEVELS = ["eager", "willing", "not_qualified", "conflict"] as const satisfies readonly BidLevel[];

/** The four bids on one proposal as toggle buttons; pressing the current one withdraws it. */
export function BidButtons({ programmeId, reference, bid: initial }: { programmeId: string; reference: string; bid: BidLevel | null }) {
  const t = useTranslations("matching.bids");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const router = useRouter();
  const hydrated = useHydrated();
  const [bid, setBid] = useState(initial);
  const [refreshing, startRefresh] = useTransition();
  const mutation = useMutation(
    trpc.matching.bid.mutationOptions({
      onSuccess: (result) => {
        setBid(result.bid);
        startRefresh(() => router.refresh());
      },
    }),
  );
  const busy = !hydrated || mutation.isPending || refreshing;
  return (
    <div>
      <div role="group" aria-label={t("groupLabel", { reference })} className="flex flex-wrap gap-2">
        {BID_LEVELS.map((level) => (
          <button
            key={level}
            type="button"
            aria-pressed={bid === level}
            disabled={busy}
            onClick={() => mutation.mutate({ programmeId, bid: bid === level ? null : level })}
            className={`min-h-10 rounded border px-3 py-1 text-sm ${bid === level ? "border-brand-700 bg-brand-700 text-white" : "border-gray-300 bg-white text-gray-900 hover:bg-gray-50"}`}
          >
            {t(`level.${level}`)}
          </button>
        ))}
      </div>
      <p className="mt-1 text-xs text-gray-700" role="status">
        {bid ? t("current", { bid: t(`level.${bid}`) }) : t("none")}
      </p>
      {mutation.error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {errorText.message(mutation.error)}
        </p>
      )}
    </div>
  );
}
