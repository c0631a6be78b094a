"use client";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";

/** An admin designates the programme as flagship, or withdraws the designation. */
export function FlagshipToggle({ programmeId, version, flagship }: { programmeId: string; version: number; flagship: boolean }) {
  const t = useTranslations("programmes.lifecycle");
  const trpc = useTRPC();
  const save = useAction(trpc.programmes.setFlagship.mutationOptions(), { refresh: true });
  return (
    <section aria-labelledby="flagship-heading" className="mb-4 rounded border border-gray-200 bg-white p-4">
      <h3 id="flagship-heading" className="mb-1 font-semibold">
        {t("flagshipTitle")}
      </h3>
      <div role="status" className="mb-3 text-sm text-gray-800">
        {save.mutation.isSuccess && !save.refreshing ? (flagship ? t("flagshipOn") : t("flagshipOff")) : flagship ? t("isFlagship") : t("notFlagship")}
      </div>
      <Button variant="secondary" disabled={save.busy} onClick={() => save.mutation.mutate({ programmeId, version, flagship: !flagship })}>
        {save.mutation.isPending ? t("savingFlagship") : flagship ? t("removeFlagship") : t("makeFlagship")}
      </Button>
      {save.errorMessage && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {save.errorMessage}
        </p>
      )}
    </section>
  );
}
