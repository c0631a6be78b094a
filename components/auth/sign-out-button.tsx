"use client";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "./use-hydrated";

/** Ends the session in this browser and returns to the home page. */
export function SignOutButton() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  return (
    <Button
      disabled={!hydrated || pending}
      onClick={async () => {
        setPending(true);
        try {
          await signOut({ callbackUrl: `/${locale}` });
        } catch {
          setPending(false);
        }
      }}
    >
      {pending ? t("signOut.submitting") : t("signOut.submit")}
    </Button>
  );
}
