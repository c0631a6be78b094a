"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useHydrated } from "@/components/auth/use-hydrated";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";

/** The platform setting "require a second factor to sign" (admins). */
export function SigningStepUpForm({ required }: { required: boolean }) {
  const t = useTranslations("stepUp.admin");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const [checked, setChecked] = useState(required);
  const save = useMutation(trpc.stepUp.setSigningRule.mutationOptions({ onSuccess: () => router.refresh() }));

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
      {save.error != null && <Alert tone="error">{errorText.message(save.error)}</Alert>}
      {save.isSuccess && <Alert tone="success">{t("saved")}</Alert>}
      <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="signing-step-up" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
          {t("label")}
        </label>
        <Button type="submit" disabled={!hydrated || save.isPending}>
          {t("save")}
        </Button>
      </form>
    </section>
  );
}
