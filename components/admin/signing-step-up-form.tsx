"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";

/** The platform setting "require a second factor to sign" (admins). */
export function SigningStepUpForm({ required }: { required: boolean }) {
  const t = useTranslations("stepUp.admin");
  const trpc = useTRPC();
  const [checked, setChecked] = useState(required);
  const { mutation: save, errorMessage, busy } = useAction(trpc.stepUp.setSigningRule.mutationOptions(), { refresh: true });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    save.mutate({ required: checked });
  }

  return (
    <section aria-labelledby="signing-step-up-title" className="mt-8 rounded border border-gray-200 bg-white p-4">
      <h2 id="signing-step-up-title" className="mb-2 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 text-sm text-gray-700">{required ? t("on") : t("off")}</p>
      {errorMessage && <Alert tone="error">{errorMessage}</Alert>}
      {save.isSuccess && <Alert tone="success">{t("saved")}</Alert>}
      <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="signing-step-up" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
          {t("label")}
        </label>
        <Button type="submit" disabled={busy}>
          {t("save")}
        </Button>
      </form>
    </section>
  );
}
