import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { InvalidResetLink, ResetPasswordForm } from "@/components/auth/reset-password-form";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("resetPassword.title"), robots: { index: false } };
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations({ locale, namespace: "auth" });
  const value = typeof token === "string" ? token.trim() : "";
  return (
    <AuthPage title={t("resetPassword.title")} intro={value ? t("resetPassword.intro") : undefined}>
      {value ? <ResetPasswordForm token={value} /> : <InvalidResetLink />}
    </AuthPage>
  );
}
