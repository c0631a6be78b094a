"use client";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";

/** Publishing, with an explicit confirmation: it freezes the figures and cannot be undone. */
export function PublishReportForm({ reportId, version, blocked }: { reportId: string; version: number; blocked: boolean }) {
  const t = useTranslations("transparency.admin.edit");
  const trpc = useTRPC();
  const confirmId = useId();
  const [confirmed, setConfirmed] = useState(false);
  const { mutation: publish, errorMessage, ...action } = useAction(trpc.reports.publish.mutationOptions(), { refresh: true });
  const busy = publish.isPending || publish.isSuccess || action.refreshing;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!confirmed || blocked) return;
    publish.mutate({ reportId, version });
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="publish-title" className="max-w-3xl rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="publish-title" className="text-xl font-semibold">
        {t("publishTitle")}
      </h2>
      <p className="mt-1 mb-3 text-sm text-gray-800">{t("publishIntro")}</p>
      <div aria-live="polite">
        {errorMessage && <Alert tone="error">{errorMessage}</Alert>}
        {publish.isSuccess && <Alert tone="success">{t("published")}</Alert>}
        {blocked && !busy && <p className="mb-3 text-sm font-medium text-amber-900">{t("unsavedChanges")}</p>}
      </div>
      <div className="mb-3 flex items-start gap-2">
        <input
          id={confirmId}
          type="checkbox"
          className="mt-1 h-5 w-5 accent-brand-700"
          checked={confirmed}
          disabled={busy}
          onChange={(e) => setConfirmed(e.target.checked)}
        />
        <label htmlFor={confirmId} className="text-sm">
          {t("confirmPublish")}
        </label>
      </div>
      <Button type="submit" disabled={!confirmed || blocked || busy}>
        {busy ? t("publishing") : t("publish")}
      </Button>
    </form>
  );
}
