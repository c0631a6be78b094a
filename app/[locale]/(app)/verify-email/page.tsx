import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { InvalidLink, VerifyEmailForm } from "@/components/auth/verify-email-form";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("verifyEmail.title"), robots: { index: false } };
}

/** Opening the emailed link only shows a button; the token is used when the person presses it. */
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations({ locale, namespace: "auth" });
  const value = typeof token === "string" ? token.trim() : "";
  return (
    <AuthPage title={t("verifyEmail.title")} intro={value ? t("verifyEmail.intro") : undefined}>
      {value ? <VerifyEmailForm token={value} /> : <InvalidLink />}
    </AuthPage>
  );
}
