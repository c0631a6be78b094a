"use client";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useTRPC } from "@/components/providers/trpc";
import { IsolatedName } from "@/components/ui/isolated-name";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";
import { Link } from "@/i18n/navigation";
import { linkClass } from "./auth-page";
import { signInOrResetLinks } from "./sign-in-or-reset-links";
import { isInvalidToken } from "@/components/forms/server-error";
import { NOTHING_POSTED, type Posted } from "./posted";
import { usePostedErrorText } from "./use-posted-error-text";

/**
 * Confirms the address only when the person presses the button: mail scanners open links
 * (GET) on their own, so loading the page must not use the token. A plain form posted to
 * /api/forms/verify-email (server/auth/form-posts.ts) without script; with it, the procedure.
 */
export function VerifyEmailForm({ token, posted = NOTHING_POSTED }: { token: string; posted?: Posted }) {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const verify = useMutation(trpc.account.verifyEmail.mutationOptions());
  const locale = useLocale();
  const postedText = usePostedErrorText(posted);

  if (verify.isSuccess) {
    return (
      <>
        <Alert tone="success">
          <IsolatedName text={t("verifyEmail.success", { email: verify.data.email })} name={verify.data.email} />
        </Alert>
        <Link href={{ pathname: "/sign-in", query: { email: verify.data.email } }} className={linkClass}>
          {t("verifyEmail.signInLink")}
        </Link>
      </>
    );
  }

  if ((verify.isError && isInvalidToken(verify.error)) || (!verify.isError && posted.error === "INVALID_TOKEN")) {
    return <InvalidLink />;
  }

  return (
    <form
      method="post"
      action="/api/forms/verify-email"
      onSubmit={(event) => {
        event.preventDefault();
        verify.mutate({ token });
      }}
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {verify.isError && <Alert tone="error">{errorText.message(verify.error)}</Alert>}
      {!verify.isError && postedText && <Alert tone="error">{postedText}</Alert>}
      <Button type="submit" disabled={verify.isPending} className="w-full">
        {verify.isPending ? t("verifyEmail.submitting") : t("verifyEmail.submit")}
      </Button>
    </form>
  );
}

/** The link is unknown, already used or expired: point to sign-in and to a fresh link. */
export function InvalidLink() {
  const t = useTranslations("auth");
  return (
    <Alert tone="error">
      {t.rich("verifyEmail.invalidToken", signInOrResetLinks)}
    </Alert>
  );
}
