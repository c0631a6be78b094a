"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Options, SelectField, TextArea } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { Link, useRouter } from "@/i18n/navigation";
import { CheckProblems } from "./check-problems";
import { useFocusOnError } from "@/components/forms/use-focus-on-error";

type Props = {
  agreementId: string;
  version: number;
  status: string;
  canEdit: boolean;
  canSend: boolean;
  checksOk: boolean;
  canTerminate: boolean;
  /** The parties the viewer may terminate for (a signatory of several chooses; an admin may have none). */
  terminateFor: { institutionId: string; name: string }[];
  canAmend: boolean;
};

const linkButton =
  "inline-flex min-h-10 items-center justify-center rounded border border-gray-300 bg-white px-4 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50";

/**
 * The agreement's actions for the viewer: edit (a warning when signatures would be voided),
 * send for signature, amend (new version) and terminate with a reason (confirmed in a second step).
 * The server decides; these buttons only appear when it would allow them.
 */
export function AgreementActions({ agreementId, version, status, canEdit, canSend, checksOk, canTerminate, terminateFor, canAmend }: Props) {
  const t = useTranslations("agreements");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [terminating, setTerminating] = useState(false);
  const [reason, setReason] = useState("");
  const [actingFor, setActingFor] = useState(terminateFor[0]?.institutionId ?? "");
  const send = useMutation(trpc.agreements.send.mutationOptions({ onSuccess: () => router.push(`/agreements/${agreementId}?done=sent`) }));
  const amend = useMutation(trpc.agreements.amend.mutationOptions({ onSuccess: (r) => router.push(`/agreements/${r.agreementId}?done=amended`) }));
  const terminate = useMutation(trpc.agreements.terminate.mutationOptions({ onSuccess: () => router.push(`/agreements/${agreementId}?done=terminated`) }));
  const error = send.error ?? amend.error ?? terminate.error;
  const busy = [send, amend, terminate].some((m) => m.isPending || m.isSuccess);
  const messageRef = useFocusOnError<HTMLDivElement>(error);

  if (!canEdit && !canSend && !canTerminate && !canAmend) return null;
  const pending = status === "pending_signatures";

  return (
    <div className="mb-8 print:hidden">
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {error != null && (send.error ? <CheckProblems error={error} /> : <Alert tone="error">{errorText.message(error)}</Alert>)}
      </div>
      {canSend && !checksOk && <p className="mb-3 text-sm text-amber-900">{t("actions.sendBlocked")}</p>}
      {canEdit && pending && <p className="mb-3 text-sm text-amber-900">{t("actions.editPendingWarning")}</p>}
      <div className="flex flex-wrap gap-3">
        {canEdit && (
          <Link href={`/agreements/${agreementId}/edit`} className={linkButton}>
            {pending ? t("actions.editPending") : t("actions.edit")}
          </Link>
        )}
        {canSend && (
          <Button disabled={busy} onClick={() => send.mutate({ agreementId, version })}>
            {send.isPending ? t("actions.sending") : t("actions.send")}
          </Button>
        )}
        {canAmend && (
          <Button variant="secondary" disabled={busy} aria-describedby="amend-intro" onClick={() => amend.mutate({ agreementId })}>
            {amend.isPending ? t("actions.amending") : t("actions.amend")}
          </Button>
        )}
        {canTerminate && !terminating && (
          <Button variant="danger" disabled={busy} onClick={() => setTerminating(true)}>
            {t("actions.terminate")}
          </Button>
        )}
      </div>
      {canAmend && (
        <p id="amend-intro" className="mt-2 text-sm text-gray-700">
          {t("actions.amendIntro")}
        </p>
      )}
      {canTerminate && terminating && (
        <form
          noValidate
          className="mt-4 max-w-2xl rounded border border-red-300 bg-red-50 p-4"
          onSubmit={(e) => {
            e.preventDefault();
            terminate.mutate({ agreementId, version, reason, ...(actingFor ? { institutionId: actingFor } : {}) });
          }}
        >
          <p className="mb-3 text-sm text-red-900">{t("actions.terminateIntro")}</p>
          {terminateFor.length > 1 && (
            <SelectField label={t("actions.terminateFor")} name="terminate-for" value={actingFor} onChange={(e) => setActingFor(e.target.value)}>
              <Options options={terminateFor.map((p) => ({ value: p.institutionId, label: p.name }))} />
            </SelectField>
          )}
          <TextArea
            label={t("fields.reason")}
            name="terminate-reason"
            value={reason}
            required
            maxLength={2000}
            rows={3}
            onChange={(e) => setReason(e.target.value)}
            error={errorText.field(terminate.error, "reason")}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="danger" disabled={busy}>
              {terminate.isPending ? t("actions.terminating") : t("actions.confirmTerminate")}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setTerminating(false)}>
              {t("actions.cancel")}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
