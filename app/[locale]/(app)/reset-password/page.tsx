import { postedFrom } from "@/components/auth/posted";
import { setRequestLocale } from "next-intl/server";
import { InvalidResetLink, ResetPasswordForm } from "@/components/auth/reset-password-form";
import { TokenLinkPage } from "@/components/auth/token-link-page";
import { titleFrom } from "@/i18n/page-title";
import type { LocalePageProps } from "@/app/page-props";

export const generateMetadata = titleFrom("auth", "resetPassword.title", { robots: { index: false } });

export default async function ResetPasswordPage(props: LocalePageProps) {
  const { locale } = await props.params;
  setRequestLocale(locale);
  const posted = postedFrom(await props.searchParams);
  return <TokenLinkPage locale={locale} searchParams={props.searchParams} messages="resetPassword" form={(token) => <ResetPasswordForm token={token} posted={posted} />} invalid={<InvalidResetLink />} />;
}
