import { postedFrom } from "@/components/auth/posted";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage, linkClass } from "@/components/auth/auth-page";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Link } from "@/i18n/navigation";
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
      <p className="mt-6 text-sm text-gray-700">
        {t("signUp.haveAccount")}{" "}
        <Link href="/sign-in" className={linkClass}>
          {t("signUp.signInLink")}
        </Link>
      </p>
    </AuthPage>
  );
}
