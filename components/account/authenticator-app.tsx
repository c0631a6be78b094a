"use client";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useHydrated } from "@/components/auth/use-hydrated";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";
import { RemoveFactorForm } from "./remove-factor-form";

type Props = { totp: { confirmedAt: string; recoveryCodesLeft: number } | null };

/** Enrolling an authenticator app (QR code and key, confirmed with a first code, then the recovery codes shown once) or removing it. */
export function AuthenticatorApp({ totp }: Props) {
  const t = useTranslations("stepUp");
  const format = useFormatter();
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const [code, setCode] = useState("");
  const [saved, setSaved] = useState(false);
  const start = useMutation(trpc.stepUp.startTotp.mutationOptions());
  const confirm = useMutation(trpc.stepUp.confirmTotp.mutationOptions());

  if (confirm.data && !saved) {
    return (
      <div>
        <h4 className="mb-2 font-semibold">{t("recovery.title")}</h4>
        <p className="mb-2 text-sm">{t("recovery.body")}</p>
        <ul data-testid="recovery-codes" dir="ltr" className="mb-4 grid grid-cols-2 gap-1 font-mono text-sm">
          {confirm.data.recoveryCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <Button
          onClick={() => {
            setSaved(true);
            router.refresh();
          }}
        >
          {t("recovery.saved")}
        </Button>
      </div>
    );
  }

  if (totp) {
    return (
      <div>
        <p className="mb-3 text-sm" data-testid="totp-status">
          {t("app.on", { date: format.dateTime(new Date(totp.confirmedAt), { dateStyle: "medium" }), count: totp.recoveryCodesLeft })}
        </p>
        <RemoveFactorForm factor="totp" label={t("app.remove")} />
      </div>
    );
  }

  function onConfirm(e: FormEvent) {
    e.preventDefault();
    confirm.mutate({ code });
  }

  return (
    <div>
      <p className="mb-3 text-sm">{t("app.off")}</p>
      {start.error != null && <Alert tone="error">{errorText.message(start.error)}</Alert>}
      {!start.data ? (
        <Button disabled={!hydrated || start.isPending} onClick={() => start.mutate()}>
          {start.isPending ? t("app.starting") : t("app.start")}
        </Button>
      ) : (
        <form onSubmit={onConfirm} noValidate className="max-w-md">
          <p className="mb-2 text-sm">{t("app.scan")}</p>
          {/* A data: URL rendered on the server; next/image would add nothing here. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={start.data.qrCode} alt={t("app.qrAlt")} width={200} height={200} className="mb-2 bg-white" />
          <p className="mb-1 text-sm font-medium">{t("app.secretLabel")}</p>
          <p className="mb-4">
            <code dir="ltr" data-testid="totp-secret" className="block rounded bg-gray-100 p-2 font-mono text-sm break-all">
              {start.data.secret}
            </code>
          </p>
          {confirm.error != null && <Alert tone="error">{errorText.message(confirm.error)}</Alert>}
          <TextField
            label={t("app.codeLabel")}
            name="totp-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            error={errorText.field(confirm.error, "code")}
            onChange={(e) => setCode(e.target.value)}
          />
          <Button type="submit" disabled={confirm.isPending || code.trim() === ""}>
            {confirm.isPending ? t("app.confirming") : t("app.confirm")}
          </Button>
        </form>
      )}
    </div>
  );
}
