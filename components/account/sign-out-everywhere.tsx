"use client";
import { useMutation } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/auth/use-hydrated";
import { useErrorText } from "@/components/forms/use-error-text";

/** Ends every session of the account on the server, then clears this browser's session. */
export function SignOutEverywhere() {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const locale = useLocale();
  const trpc = useTRPC();
  const [signingOut, setSigningOut] = useState(false);
  const hydrated = useHydrated();
  const everywhere = useMutation(
    trpc.account.signOutEverywhere.mutationOptions({
      onSuccess: async () => {
        setSigningOut(true);
        await signOut({ callbackUrl: `/${locale}` });
      },
    }),
  );
  const pending = everywhere.isPending || signingOut;
  return (
    <div>
      {everywhere.isError && <Alert tone="error">{errorText.message(everywhere.error)}</Alert>}
      <Button variant="danger" disabled={!hydrated || pending} onClick={() => everywhere.mutate()}>
        {pending ? t("account.signOutEverywhere.submitting") : t("account.signOutEverywhere.submit")}
      </Button>
    </div>
  );
}
