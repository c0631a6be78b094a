"use client";
import { startAuthentication } from "@simplewebauthn/browser";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useConfirmation } from "@/components/forms/use-confirmation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Options, SelectField, TextField } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";
import { useFocusOnError } from "@/components/forms/use-focus-on-error";
import { Section } from "@/components/ui/section";

/** What the step-up rule asks of this signatory (server/step-up/): whether a factor is required, and which they hold. */
type StepUp = { required: boolean; code: boolean; passkey: boolean };
type Props = { agreementId: string; contentHash: string; institutions: { institutionId: string; name: string }[]; stepUp: StepUp };

/**
 * Signing by a designated signatory: shows the SHA-256 of the frozen content being signed (the
 * server refuses a signature for any other fingerprint), asks for the password, and lets a
 * signatory of several parties choose on whose behalf they sign.
 */
export function SignForm({ agreementId, contentHash, institutions, stepUp }: Props) {
  const t = useTranslations("agreements");
  const tStepUp = useTranslations("stepUp");
  const confirmation = useConfirmation();
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [institutionId, setInstitutionId] = useState(institutions[0]?.institutionId ?? "");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [passkeyFailed, setPasskeyFailed] = useState(false);
  const passkeyOptions = useMutation(trpc.stepUp.passkeyOptions.mutationOptions());
  const sign = useMutation(
    trpc.agreements.sign.mutationOptions({
      onSuccess: (result) => router.push(`/agreements/${agreementId}?done=${(result as { status?: string } | undefined)?.status === "in_force" ? "inForce" : "signed"}`),
    }),
  );
  const messageRef = useFocusOnError<HTMLDivElement>(sign.error);
  const busy = sign.isPending || sign.isSuccess || passkeyOptions.isPending;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    confirmation.ask(() => sign.mutate({ agreementId, institutionId, contentHash, password, proof: code.trim() !== "" ? { kind: "code", code } : undefined }), t("sign.confirm"));
  }

  /** A passkey assertion answering a fresh server challenge is the second factor. */
  async function signWithPasskey() {
    setPasskeyFailed(false);
    try {
      const optionsJSON = await passkeyOptions.mutateAsync({ purpose: "sign" });
      const response = await startAuthentication({ optionsJSON: optionsJSON as Parameters<typeof startAuthentication>[0]["optionsJSON"] });
      sign.mutate({ agreementId, institutionId, contentHash, password, proof: { kind: "passkey", response: response as never } });
    } catch {
      setPasskeyFailed(true);
    }
  }

  return (
    <Section id="sign-heading" title={t("sign.title")} className="mb-8 rounded border border-brand-600 bg-white p-4 print:hidden" headingClassName="mb-2 text-xl font-semibold">
      <form onSubmit={onSubmit} noValidate className="max-w-2xl">
        {confirmation.dialog}
        <div ref={messageRef} tabIndex={-1} className="outline-none">
          {sign.error != null && <Alert tone="error">{errorText.message(sign.error)}</Alert>}
          {passkeyFailed && <Alert tone="error">{tStepUp("wrongProof")}</Alert>}
        </div>
        <p className="mb-2 text-sm">{t("sign.intro")}</p>
        <p className="mb-1 text-sm font-medium" id="sign-hash-label">
          {t("sign.hashLabel")}
        </p>
        <p className="mb-4">
          <code dir="ltr" data-testid="signing-hash" className="block rounded bg-gray-100 p-2 font-mono text-sm break-all">
            {contentHash}
          </code>
        </p>
        {institutions.length > 1 ? (
          <SelectField label={t("sign.institution")} name="sign-institution" value={institutionId} onChange={(e) => setInstitutionId(e.target.value)}>
            <Options options={institutions.map((i) => ({ value: i.institutionId, label: i.name }))} />
          </SelectField>
        ) : (
          <p className="mb-4 text-sm">
            <span className="font-medium">{t("sign.institution")}:</span> {institutions[0]?.name}
          </p>
        )}
        <TextField
          label={t("sign.password")}
          name="sign-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          hint={t("sign.passwordHint")}
          error={errorText.field(sign.error, "password")}
          onChange={(e) => setPassword(e.target.value)}
        />
        {stepUp.required && <p className="mb-2 text-sm">{tStepUp("sign.required")}</p>}
        {(stepUp.required || stepUp.code) && (
          <TextField
            label={tStepUp("sign.codeLabel")}
            name="sign-code"
            autoComplete="one-time-code"
            value={code}
            hint={tStepUp("sign.codeHint")}
            error={errorText.field(sign.error, "proof")}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={busy || password === ""}>
            {sign.isPending ? t("sign.signing") : t("sign.submit")}
          </Button>
          {stepUp.passkey && (
            <Button variant="secondary" disabled={busy || password === ""} onClick={() => void signWithPasskey()}>
              {tStepUp("sign.usePasskey")}
            </Button>
          )}
        </div>
      </form>
    </Section>
  );
}
