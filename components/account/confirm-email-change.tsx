import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Link } from "@/i18n/server-link";

/**
 * The button of the link sent to a new address: a plain HTML form posted to
 * /api/forms/confirm-email-change (server/auth/form-posts.ts), no script. Without a usable token
 * (none, or the post said INVALID_TOKEN) it says the link is spent and how to ask again.
 */
export async function ConfirmEmailChange({ locale, token, error, retryAfterSeconds }: { locale: string; token: string | null; error: string | null; retryAfterSeconds: number }) {
  const [t, tErrors] = await Promise.all([getTranslations({ locale, namespace: "auth" }), getTranslations({ locale, namespace: "errors" })]);
  if (!token) {
    return (
      <Alert tone="error">
        {t.rich("confirmEmail.invalidToken", {
          signIn: (chunks) => (
            <Link href="/sign-in" className="font-medium underline">
              {chunks}
            </Link>
          ),
        })}
      </Alert>
    );
  }
  const errorText = error ? (tErrors.has(error) ? tErrors(error, { retryAfterSeconds, retryAfterMinutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) }) : tErrors("UNKNOWN")) : null;
  return (
    <form method="post" action="/api/forms/confirm-email-change">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {errorText && <Alert tone="error">{errorText}</Alert>}
      <Button type="submit" className="w-full">
        {t("confirmEmail.submit")}
      </Button>
    </form>
  );
}
