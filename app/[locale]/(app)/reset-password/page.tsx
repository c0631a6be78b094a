import { setRequestLocale } from "next-intl/server";
import { InvalidResetLink, ResetPasswordForm } from "@/components/auth/reset-password-form";
import { TokenLinkPage } from "@/components/auth/token-link-page";
import { titleFrom } from "@/i18n/page-title";
import type { LocalePageProps } from "@/app/page-props";

export const generateMetadata = titleFrom("auth", "resetPassword.title", { robots: { index: false } });

export default async function ResetPasswordPage(props: LocalePageProps) {
  const { locale } = await props.params;
  setRequestLocale(locale);
  return <TokenLinkPage locale={locale} searchParams={props.searchParams} messages="resetPassword" form={(token) => <ResetPasswordForm token={token} />} invalid={<InvalidResetLink />} />;
}
