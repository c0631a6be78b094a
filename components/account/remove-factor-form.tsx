"use client";
import { startAuthentication } from "@simplewebauthn/browser";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";

type Props = { factor: "totp" | "passkey"; passkeyId?: string; label: string };

/** Removing a factor needs a current one: a code typed here, or (left empty) a passkey assertion. */
export function RemoveFactorForm({ factor, passkeyId, label }: Props) {
  const t = useTranslations("stepUp");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [code, setCode] = useState("");
  const [passkeyError, setPasskeyError] = useState(false);
  const options = useMutation(trpc.stepUp.passkeyOptions.mutationOptions());
  const remove = useMutation(trpc.stepUp.removeFactor.mutationOptions({ onSuccess: () => router.refresh() }));
  const busy = remove.isPending || options.isPending;
  const name = `remove-${factor}-${passkeyId ?? "app"}`;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setPasskeyError(false);
    if (code.trim() !== "") return remove.mutate({ factor, passkeyId, proof: { kind: "code", code } });
    try {
      const optionsJSON = await options.mutateAsync({ purpose: "sign" });
      const response = await startAuthentication({ optionsJSON: optionsJSON as Parameters<typeof startAuthentication>[0]["optionsJSON"] });
      remove.mutate({ factor, passkeyId, proof: { kind: "passkey", response: response as never } });
    } catch {
      setPasskeyError(true);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="max-w-md">
      {remove.error != null && <Alert tone="error">{errorText.message(remove.error)}</Alert>}
      {passkeyError && <Alert tone="error">{t("wrongProof")}</Alert>}
      <TextField label={t("removeProof.label")} name={name} autoComplete="one-time-code" value={code} hint={t("removeProof.hint")} error={errorText.field(remove.error, "proof")} onChange={(e) => setCode(e.target.value)} />
      <Button type="submit" variant="danger" disabled={busy}>
        {remove.isPending ? t("app.removing") : label}
      </Button>
    </form>
  );
}
