"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";

type Props = {
  programmeId: string;
  version: number;
  coLeads: { id: string; name: string }[];
  /** The lead's members may remove a co-lead. */
  canRemove: boolean;
  /** The co-lead institutions the reader may take off the proposal (their own). */
  leaveFor: string[];
};

/** The co-lead institutions, with "remove" for the lead and "leave" (confirmed) for a co-lead's members. */
export function CoLeadList({ programmeId, version, coLeads, canRemove, leaveFor }: Props) {
  const t = useTranslations("coauthoring");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [confirmLeave, setConfirmLeave] = useState<string | null>(null);
  const onSuccess = () => router.refresh();
  const remove = useMutation(trpc.coauthoring.removeCoLead.mutationOptions({ onSuccess }));
  const leave = useMutation(trpc.coauthoring.leaveCoLead.mutationOptions({ onSuccess: () => router.push("/dashboard") }));
  const error = remove.error ?? leave.error;
  const busy = remove.isPending || leave.isPending;

  return (
    <section aria-labelledby="co-leads-heading" className="mb-8">
      <h2 id="co-leads-heading" className="mb-3 text-xl font-semibold">
        {t("coLeads.heading")}
      </h2>
      {error && <Alert tone="error">{errorText.message(error)}</Alert>}
      {remove.isSuccess && <Alert tone="success">{t("coLeads.done")}</Alert>}
      {coLeads.length === 0 ? (
        <p className="text-gray-700">{t("coLeads.none")}</p>
      ) : (
        <ul className="space-y-3">
          {coLeads.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-3">
              <span className="font-medium">{c.name}</span>
              {canRemove && (
                <Button variant="secondary" disabled={busy} onClick={() => remove.mutate({ programmeId, version, institutionId: c.id })}>
                  {t("coLeads.remove", { institution: c.name })}
                </Button>
              )}
              {leaveFor.includes(c.id) &&
                (confirmLeave === c.id ? (
                  <span className="flex flex-wrap items-center gap-3">
                    <span role="alert">{t("coLeads.confirmLeave", { institution: c.name })}</span>
                    <Button variant="danger" disabled={busy} onClick={() => leave.mutate({ programmeId, version, institutionId: c.id })}>
                      {t("coLeads.leave", { institution: c.name })}
                    </Button>
                  </span>
                ) : (
                  <Button variant="secondary" onClick={() => setConfirmLeave(c.id)}>
                    {t("coLeads.leave", { institution: c.name })}
                  </Button>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
