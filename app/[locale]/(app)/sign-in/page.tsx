import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage } from "@/components/auth/auth-page";
import { AuthPageLink } from "@/components/auth/auth-page-link";
import { DemoAccountsTable } from "@/components/auth/demo-accounts-table";
import { SignInForm } from "@/components/auth/sign-in-form";
import { postedFrom } from "@/components/auth/posted";
import { Alert } from "@/components/ui/alert";
import { IsolatedName } from "@/components/ui/isolated-name";
import { Link } from "@/i18n/navigation";
import { signInPage } from "@/server/pages/account/account";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

export const generateMetadata = titleFrom("auth", "signIn.title");

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const [t, { signedInAs, demo }] = await Promise.all([getTranslations({ locale, namespace: "auth" }), readPage(signInPage, { locale, path: "/sign-in" })]);
  const email = first(query.email)?.slice(0, 254) ?? "";

  return (
    <>
      <AuthPage title={t("signIn.title")} intro={t("signIn.intro")}>
      {signedInAs !== null && (
        <Alert tone="info">
          {t("signIn.alreadySignedIn", { name: signedInAs })}{" "}
          <Link href="/dashboard" className="font-medium underline">
            {t("signIn.goToDashboard")}
          </Link>
        </Alert>
      )}
      {first(query.reset) === "1" && <Alert tone="success">{t("resetPassword.success")}</Alert>}
      {first(query.verified) === "1" && (
        <Alert tone="success">
          <IsolatedName text={t("verifyEmail.success", { email })} name={email} />
        </Alert>
      )}
      {first(query.emailChanged) === "1" && <Alert tone="success">{t("confirmEmail.success")}</Alert>}
      <SignInForm callbackUrl={first(query.callbackUrl)} initialEmail={email} posted={postedFrom(query)} />
      <AuthPageLink before={t("signIn.noAccount")} href="/sign-up">
        {t("signIn.signUpLink")}
      </AuthPageLink>
      </AuthPage>
      {demo.loaded && demo.accounts.length > 0 && <DemoAccountsTable locale={locale} accounts={demo.accounts} password={demo.password} />}
    </>
  );
}
