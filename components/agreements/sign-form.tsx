"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";
import { useFocusOnError } from "./use-focus-on-error";
import { Section } from "@/components/ui/section";

type Props = { agreementId: string; contentHash: string; institutions: { institutionId: string; name: string }[] };

/**
 * Signing by a designated signatory: shows the SHA-256 of the frozen content being signed (the
 * server refuses a signature for any other fingerprint), asks for the password, and lets a
 * signatory of several parties choose on whose behalf they sign.
 */
export function SignForm({ agreementId, contentHash, institutions }: Props) {
  const t = useTranslations("agreements");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [institutionId, setInstitutionId] = useState(institutions[0]?.institutionId ?? "");
  const [password, setPassword] = useState("");
  const sign = useMutation(
    trpc.agreements.sign.mutationOptions({
      onSuccess: (result) => router.push(`/agreements/${agreementId}?done=${(result as { status?: string } | undefined)?.status === "in_force" ? "inForce" : "signed"}`),
    }),
  );
  const messageRef = useFocusOnError<HTMLDivElement>(sign.error);
  const busy = sign.isPending || sign.isSuccess;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    sign.mutate({ agreementId, institutionId, contentHash, password });
  }

  return (
    <Section id="sign-heading" title={t("sign.title")} className="mb-8 rounded border border-brand-600 bg-white p-4 print:hidden" headingClassName="mb-2 text-xl font-semibold">
      <form onSubmit={onSubmit} noValidate className="max-w-2xl">
        <div ref={messageRef} tabIndex={-1} className="outline-none">
          {sign.error != null && <Alert tone="error">{errorText.message(sign.error)}</Alert>}
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
            {institutions.map((i) => (
              <option key={i.institutionId} value={i.institutionId}>
                {i.name}
              </option>
            ))}
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
        <Button type="submit" disabled={busy || password === ""}>
          {sign.isPending ? t("sign.signing") : t("sign.submit")}
        </Button>
      </form>
    </Section>
  );
}
