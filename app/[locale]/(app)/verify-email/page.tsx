import { setRequestLocale } from "next-intl/server";
import { TokenLinkPage } from "@/components/auth/token-link-page";
import { InvalidLink, VerifyEmailForm } from "@/components/auth/verify-email-form";
import { postedFrom } from "@/components/auth/posted";
import { titleFrom } from "@/i18n/page-title";
import type { LocalePageProps } from "@/app/page-props";

export const generateMetadata = titleFrom("auth", "verifyEmail.title", { robots: { index: false } });

/** Opening the emailed link only shows a button; the token is used when the person presses it. */
export default async function VerifyEmailPage(props: LocalePageProps) {
  const { locale } = await props.params;
  setRequestLocale(locale);
  const posted = postedFrom(await props.searchParams);
  return <TokenLinkPage locale={locale} searchParams={props.searchParams} messages="verifyEmail" form={(token) => <VerifyEmailForm token={token} posted={posted} />} invalid={<InvalidLink />} />;
}
