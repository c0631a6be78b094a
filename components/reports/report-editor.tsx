"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea, TextField } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import type { ReportPeriod } from "@/db/schema/reports";
import { useRouter } from "@/i18n/navigation";
import { PeriodFields, type PeriodValue } from "./period-fields";
import { PublishReportForm } from "./publish-report-form";

export type EditableReport = {
  id: string;
  version: number;
  title: string;
  periodKind: ReportPeriod;
  periodStart: string;
  periodEnd: string;
  suppressionThreshold: number;
  narrative: string;
  methodology: string;
};

type Values = { title: string; period: PeriodValue; threshold: string; narrative: string; methodology: string };

const valuesOf = (r: EditableReport): Values => ({
  title: r.title,
  period: { periodKind: r.periodKind, periodStart: r.periodStart, periodEnd: r.periodEnd },
  threshold: String(r.suppressionThreshold),
  narrative: r.narrative,
  methodology: r.methodology,
});

/**
 * The draft's editor: every field, saved together; after a save the page reloads its live
 * figures for the (possibly new) period. What was typed stays in the form when the server
 * refuses it. Publishing is offered only when nothing is left unsaved.
 */
export function ReportEditor({ report, canPublish }: { report: EditableReport; canPublish: boolean }) {
  const t = useTranslations("transparency.admin");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [refreshing, startRefresh] = useTransition();
  const [saved, setSaved] = useState<Values>(() => valuesOf(report));
  const [values, setValues] = useState<Values>(() => valuesOf(report));
  const [version, setVersion] = useState(report.version);
  const [justSaved, setJustSaved] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const update = useMutation(
    trpc.reports.update.mutationOptions({
      onSuccess: (data, input) => {
        setVersion(data.version);
        setSaved({
          title: input.title,
          period: { periodKind: input.periodKind, periodStart: input.periodStart, periodEnd: input.periodEnd },
          threshold: String(input.suppressionThreshold),
          narrative: input.narrative,
          methodology: input.methodology,
        });
        setJustSaved(true);
        startRefresh(() => router.refresh());
      },
    }),
  );
  const busy = update.isPending || refreshing;
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);

  useEffect(() => {
    if (update.error) messageRef.current?.focus();
  }, [update.error]);

  const set = (patch: Partial<Values>) => {
    setJustSaved(false);
    setValues((v) => ({ ...v, ...patch }));
  };

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setJustSaved(false);
    update.mutate({
      reportId: report.id,
      version,
      title: values.title,
      ...values.period,
      suppressionThreshold: Number(values.threshold),
      narrative: values.narrative,
      methodology: values.methodology,
    });
  }

  const field = (name: string) => errorText.field(update.error, name);
  return (
    <div className="space-y-8">
      <form onSubmit={onSubmit} noValidate className="max-w-3xl" aria-labelledby="editor-title">
        <h2 id="editor-title" className="mb-4 text-2xl font-bold">
          {t("edit.details")}
        </h2>
        <div ref={messageRef} tabIndex={-1} className="outline-none" aria-live="polite">
          {update.error && <Alert tone="error">{errorText.message(update.error)}</Alert>}
          {justSaved && !update.error && <Alert tone="success">{t("edit.saved")}</Alert>}
        </div>
        <TextField label={t("fields.title")} name="report-title" required maxLength={200} value={values.title} onChange={(e) => set({ title: e.target.value })} error={field("title")} />
        <PeriodFields idPrefix="report" value={values.period} onChange={(period) => set({ period })} errors={{ periodStart: field("periodStart"), periodEnd: field("periodEnd") }} />
        <TextField
          label={t("fields.threshold")}
          hint={t("fields.thresholdHint")}
          name="report-threshold"
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          step={1}
          required
          value={values.threshold}
          onChange={(e) => set({ threshold: e.target.value })}
          error={field("suppressionThreshold")}
          className="mt-1 block w-32 rounded border border-gray-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
        />
        <TextArea
          label={t("fields.narrative")}
          hint={t("fields.narrativeHint")}
          name="report-narrative"
          rows={10}
          value={values.narrative}
          onChange={(e) => set({ narrative: e.target.value })}
          error={field("narrative")}
        />
        <TextArea
          label={t("fields.methodology")}
          hint={t("fields.methodologyHint")}
          name="report-methodology"
          rows={10}
          value={values.methodology}
          onChange={(e) => set({ methodology: e.target.value })}
          error={field("methodology")}
        />
        <Button type="submit" disabled={busy}>
          {busy ? t("edit.saving") : t("edit.save")}
        </Button>
      </form>
      {canPublish && <PublishReportForm reportId={report.id} version={version} blocked={dirty || busy} />}
    </div>
  );
}
