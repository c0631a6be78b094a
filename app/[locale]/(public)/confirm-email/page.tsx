// /{locale}/confirm-email?token=… — the link sent to a new address (server/accounts/request-email-change.ts).
// Opening it changes nothing (mail scanners open links); its button is a plain form post, no script.
import { getTranslations } from "next-intl/server";
import { ConfirmEmailChange } from "@/components/account/confirm-email-change";
import { AuthPage } from "@/components/auth/auth-page";
import { postedFrom } from "@/components/auth/posted";
import { titleFrom } from "@/i18n/page-title";
import { openPage, queryValue, type LocalePageProps } from "@/app/page-props";

export const generateMetadata = titleFrom("auth", "confirmEmail.title", { robots: { index: false } });

export default async function ConfirmEmailPage(props: LocalePageProps) {
  const { locale, query } = await openPage(props);
  const t = await getTranslations({ locale, namespace: "auth" });
  const token = queryValue(query, "token")?.trim().slice(0, 200) ?? "";
  const posted = postedFrom(query);
  const usable = token !== "" && posted.error !== "INVALID_TOKEN";
  return (
    <AuthPage title={t("confirmEmail.title")} intro={usable ? t("confirmEmail.intro") : undefined}>
      <ConfirmEmailChange locale={locale} token={usable ? token : null} error={posted.error} retryAfterSeconds={posted.retryAfterSeconds} />
    </AuthPage>
  );
}
