import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage, linkClass } from "@/components/auth/auth-page";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { Link } from "@/i18n/navigation";
import { titleFrom } from "@/i18n/page-title";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom("auth", "forgotPassword.title");

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <AuthPage title={t("forgotPassword.title")} intro={t("forgotPassword.intro")}>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className={linkClass}>
          {t("backToSignIn")}
        </Link>
      </p>
    </AuthPage>
  );
}
