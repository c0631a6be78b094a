"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import type { ReportPeriod } from "@/server/vocabulary";
import { ReportBasicsFields, type ReportBasics } from "./report-basics-fields";
import { PublishReportForm } from "./publish-report-form";
import { useFocusOnError } from "@/components/forms/use-focus-on-error";

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

type Values = ReportBasics & { narrative: string; methodology: string };

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
  const trpc = useTRPC();
  const [saved, setSaved] = useState<Values>(() => valuesOf(report));
  const [values, setValues] = useState<Values>(() => valuesOf(report));
  const [version, setVersion] = useState(report.version);
  const [justSaved, setJustSaved] = useState(false);
  const { mutation: update, ...action } = useAction(
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
      },
    }),
    { refresh: true },
  );
  const busy = update.isPending || action.refreshing;
  const messageRef = useFocusOnError<HTMLDivElement>(update.error);
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);

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

  return (
    <div className="space-y-8">
      <form onSubmit={onSubmit} noValidate className="max-w-3xl" aria-labelledby="editor-title">
        <h2 id="editor-title" className="mb-4 text-2xl font-bold">
          {t("edit.details")}
        </h2>
        <div ref={messageRef} tabIndex={-1} className="outline-none" aria-live="polite">
          {action.errorMessage && <Alert tone="error">{action.errorMessage}</Alert>}
          {justSaved && !update.error && <Alert tone="success">{t("edit.saved")}</Alert>}
        </div>
        <ReportBasicsFields values={values} onChange={set} error={action.fieldMessage} />
        <TextArea
          label={t("fields.narrative")}
          hint={t("fields.narrativeHint")}
          name="report-narrative"
          rows={10}
          value={values.narrative}
          onChange={(e) => set({ narrative: e.target.value })}
          error={action.fieldMessage("narrative")}
        />
        <TextArea
          label={t("fields.methodology")}
          hint={t("fields.methodologyHint")}
          name="report-methodology"
          rows={10}
          value={values.methodology}
          onChange={(e) => set({ methodology: e.target.value })}
          error={action.fieldMessage("methodology")}
        />
        <Button type="submit" disabled={busy}>
          {busy ? t("edit.saving") : t("edit.save")}
        </Button>
      </form>
      {canPublish && <PublishReportForm reportId={report.id} version={version} blocked={dirty || busy} />}
    </div>
  );
}
