"use client";
import { browserSupportsWebAuthn, startRegistration } from "@simplewebauthn/browser";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useHydrated } from "@/components/auth/use-hydrated";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";
import { RemoveFactorForm } from "./remove-factor-form";

/** The user's passkeys: adding one (WebAuthn registration against a server challenge) and removing one. */
export function Passkeys({ passkeys }: { passkeys: { id: string; createdAt: string }[] }) {
  const t = useTranslations("stepUp");
  const format = useFormatter();
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const [failed, setFailed] = useState(false);
  const options = useMutation(trpc.stepUp.passkeyOptions.mutationOptions());
  const confirm = useMutation(trpc.stepUp.confirmPasskey.mutationOptions({ onSuccess: () => router.refresh() }));
  const supported = hydrated && browserSupportsWebAuthn();

  async function add() {
    setFailed(false);
    try {
      const optionsJSON = await options.mutateAsync({ purpose: "register" });
      const response = await startRegistration({ optionsJSON: optionsJSON as Parameters<typeof startRegistration>[0]["optionsJSON"] });
      confirm.mutate({ response: response as never });
    } catch {
      setFailed(true);
    }
  }

  return (
    <div>
      {passkeys.length === 0 ? (
        <p className="mb-3 text-sm">{t("passkeys.none")}</p>
      ) : (
        <ul className="mb-3 space-y-3">
          {passkeys.map((p) => (
            <li key={p.id} className="rounded border border-gray-200 p-3">
              <p className="mb-2 text-sm">{t("passkeys.item", { date: format.dateTime(new Date(p.createdAt), { dateStyle: "medium" }) })}</p>
              <RemoveFactorForm factor="passkey" passkeyId={p.id} label={t("passkeys.remove")} />
            </li>
          ))}
        </ul>
      )}
      {(failed || confirm.error != null) && <Alert tone="error">{confirm.error ? errorText.message(confirm.error) : t("passkeyRefused")}</Alert>}
      {hydrated && !supported ? (
        <p className="text-sm text-gray-700">{t("passkeys.unsupported")}</p>
      ) : (
        <Button variant="secondary" disabled={!supported || options.isPending || confirm.isPending} onClick={() => void add()}>
          {options.isPending || confirm.isPending ? t("passkeys.adding") : t("passkeys.add")}
        </Button>
      )}
    </div>
  );
}
