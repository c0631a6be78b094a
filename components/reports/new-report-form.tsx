"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";
import { PeriodFields, type PeriodValue } from "./period-fields";

export type NewReportInitial = PeriodValue & { title: string; suppressionThreshold: number; supersedesReportId?: string };

/** Creates a draft report (title, period, threshold), then opens its editor. */
export function NewReportForm({ initial }: { initial: NewReportInitial }) {
  const t = useTranslations("transparency.admin");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [title, setTitle] = useState(initial.title);
  const [period, setPeriod] = useState<PeriodValue>({ periodKind: initial.periodKind, periodStart: initial.periodStart, periodEnd: initial.periodEnd });
  const [threshold, setThreshold] = useState(String(initial.suppressionThreshold));
  const messageRef = useRef<HTMLDivElement>(null);
  const create = useMutation(trpc.reports.create.mutationOptions({ onSuccess: (data) => router.push(`/admin/reports/${data.reportId}`) }));
  const pending = create.isPending || create.isSuccess;

  useEffect(() => {
    if (create.error) messageRef.current?.focus();
  }, [create.error]);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    create.mutate({
      title,
      ...period,
      suppressionThreshold: Number(threshold),
      ...(initial.supersedesReportId ? { supersedesReportId: initial.supersedesReportId } : {}),
    });
  }

  const field = (name: string) => errorText.field(create.error, name);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {create.error && <Alert tone="error">{errorText.message(create.error)}</Alert>}
      </div>
      <TextField label={t("fields.title")} name="report-title" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} error={field("title")} />
      <PeriodFields idPrefix="report" value={period} onChange={setPeriod} errors={{ periodStart: field("periodStart"), periodEnd: field("periodEnd") }} disabled={pending} />
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
        value={threshold}
        onChange={(e) => setThreshold(e.target.value)}
        error={field("suppressionThreshold")}
        className="mt-1 block w-32 rounded border border-gray-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("new.submitting") : t("new.submit")}
      </Button>
    </form>
  );
}
