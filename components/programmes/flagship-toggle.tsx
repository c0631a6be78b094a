"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useHydrated } from "@/components/auth/use-hydrated";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";

/** An admin designates the programme as flagship, or withdraws the designation. */
export function FlagshipToggle({ programmeId, version, flagship }: { programmeId: string; version: number; flagship: boolean }) {
  const t = useTranslations("programmes.lifecycle");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const [refreshing, startRefresh] = useTransition();
  const save = useMutation(trpc.programmes.setFlagship.mutationOptions({ onSuccess: () => startRefresh(() => router.refresh()) }));
  const busy = !hydrated || save.isPending || refreshing;
  return (
    <section aria-labelledby="flagship-heading" className="mb-4 rounded border border-gray-200 bg-white p-4">
      <h3 id="flagship-heading" className="mb-1 font-semibold">
        {t("flagshipTitle")}
      </h3>
      <div role="status" className="mb-3 text-sm text-gray-800">
        {save.isSuccess && !refreshing ? (flagship ? t("flagshipOn") : t("flagshipOff")) : flagship ? t("isFlagship") : t("notFlagship")}
      </div>
      <Button variant="secondary" disabled={busy} onClick={() => save.mutate({ programmeId, version, flagship: !flagship })}>
        {save.isPending ? t("savingFlagship") : flagship ? t("removeFlagship") : t("makeFlagship")}
      </Button>
      {save.error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {errorText.message(save.error)}
        </p>
      )}
    </section>
  );
}
