import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage, linkClass } from "@/components/auth/auth-page";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Link } from "@/i18n/navigation";
import { titleFrom } from "@/i18n/page-title";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom("auth", "signUp.title");

export default async function SignUpPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <AuthPage title={t("signUp.title")} intro={t("signUp.intro")}>
      <SignUpForm />
      <p className="mt-6 text-sm text-gray-700">
        {t("signUp.haveAccount")}{" "}
        <Link href="/sign-in" className={linkClass}>
          {t("signUp.signInLink")}
        </Link>
      </p>
    </AuthPage>
  );
}
