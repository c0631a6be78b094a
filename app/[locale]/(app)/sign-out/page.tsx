import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPage, linkClass } from "@/components/auth/auth-page";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Link } from "@/i18n/navigation";
import { signOutPage } from "@/server/pages/account/account";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom("auth", "signOut.title");

export default async function SignOutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, { viewer }] = await Promise.all([getTranslations({ locale, namespace: "auth" }), readPage(signOutPage, { locale, path: "/sign-out" })]);
  if (!viewer) {
    return (
      <AuthPage title={t("signOut.title")}>
        <p className="text-gray-700">
          {t("signOut.notSignedIn")}{" "}
          <Link href="/sign-in" className={linkClass}>
            {t("signOut.signInLink")}
          </Link>
        </p>
      </AuthPage>
    );
  }
  return (
    <AuthPage title={t("signOut.title")} intro={t("signOut.intro", { name: viewer.name, email: viewer.email })}>
      <SignOutButton />
      <p className="mt-6 text-sm text-gray-700">
        {t.rich("signOut.everywhereHint", {
          link: (chunks) => (
            <Link href="/account" className={linkClass}>
              {chunks}
            </Link>
          ),
        })}
      </p>
    </AuthPage>
  );
}
