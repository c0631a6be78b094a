import { postedFrom } from "@/components/auth/posted";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { AuthPageLink } from "@/components/auth/auth-page-link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { titleFrom } from "@/i18n/page-title";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleFrom("auth", "signUp.title");

export default async function SignUpPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, query] = await Promise.all([getTranslations({ locale, namespace: "auth" }), searchParams]);
  return (
    <AuthPage title={t("signUp.title")} intro={t("signUp.intro")}>
      <SignUpForm posted={postedFrom(query)} />
      <AuthPageLink before={t("signUp.haveAccount")} href="/sign-in">
        {t("signUp.signInLink")}
      </AuthPageLink>
    </AuthPage>
  );
}
