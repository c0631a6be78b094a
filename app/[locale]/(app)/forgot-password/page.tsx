import { postedFrom } from "@/components/auth/posted";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { AuthPageLink } from "@/components/auth/auth-page-link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { titleFrom } from "@/i18n/page-title";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleFrom("auth", "forgotPassword.title");

export default async function ForgotPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, query] = await Promise.all([getTranslations({ locale, namespace: "auth" }), searchParams]);
  return (
    <AuthPage title={t("forgotPassword.title")} intro={t("forgotPassword.intro")}>
      <ForgotPasswordForm posted={postedFrom(query)} />
      <AuthPageLink href="/sign-in">{t("backToSignIn")}</AuthPageLink>
    </AuthPage>
  );
}
