"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";
import type { PeriodValue } from "./period-fields";
import { ReportBasicsFields, type ReportBasics } from "./report-basics-fields";
import { useFocusOnError } from "@/components/forms/use-focus-on-error";

export type NewReportInitial = PeriodValue & { title: string; suppressionThreshold: number; supersedesReportId?: string };

/** Creates a draft report (title, period, threshold), then opens its editor. */
export function NewReportForm({ initial }: { initial: NewReportInitial }) {
  const t = useTranslations("transparency.admin");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [values, setValues] = useState<ReportBasics>({
    title: initial.title,
    period: { periodKind: initial.periodKind, periodStart: initial.periodStart, periodEnd: initial.periodEnd },
    threshold: String(initial.suppressionThreshold),
  });
  const create = useMutation(trpc.reports.create.mutationOptions({ onSuccess: (data) => router.push(`/admin/reports/${data.reportId}`) }));
  const messageRef = useFocusOnError<HTMLDivElement>(create.error);
  const pending = create.isPending || create.isSuccess;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    create.mutate({
      title: values.title,
      ...values.period,
      suppressionThreshold: Number(values.threshold),
      ...(initial.supersedesReportId ? { supersedesReportId: initial.supersedesReportId } : {}),
    });
  }

  const field = (name: string) => errorText.field(create.error, name);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {create.error && <Alert tone="error">{errorText.message(create.error)}</Alert>}
      </div>
      <ReportBasicsFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} error={field} disabled={pending} />
      <Button type="submit" disabled={pending}>
        {pending ? t("new.submitting") : t("new.submit")}
      </Button>
    </form>
  );
}
