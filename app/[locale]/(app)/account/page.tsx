import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApiTokens } from "@/components/account/api-tokens";
import { MembershipsList } from "@/components/account/memberships-list";
import { Link } from "@/i18n/navigation";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { AuthenticatorApp } from "@/components/account/authenticator-app";
import { Passkeys } from "@/components/account/passkeys";
import { accountPage } from "@/server/pages/account/account";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";
import { Alert } from "@/components/ui/alert";
import { ProfileForm } from "@/components/account/profile-form";
import { NotificationPreferences } from "@/components/account/notification-preferences";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ChangeEmailForm } from "@/components/account/change-email-form";
import { isLocale } from "@/i18n/locales";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom("auth", "account.title");

export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [viewer, t, tCommon, tTokens, tStepUp] = await Promise.all([
    readPage(accountPage, { locale, path: "/account" }),
    getTranslations({ locale, namespace: "auth" }),
    getTranslations({ locale, namespace: "common" }),
    getTranslations({ locale, namespace: "developers" }),
    getTranslations({ locale, namespace: "stepUp" }),
  ]);
  const roles = viewer.roles.map((role) => tCommon(`platformRoles.${role}`));
  const sectionClass = "mb-8 rounded border border-gray-200 bg-white p-4 sm:p-6";

  return (
    <div className="mx-auto w-full max-w-3xl">
      <h1 className="mb-6 text-2xl font-bold sm:text-3xl">{t("account.title")}</h1>

      <section aria-labelledby="profile-title" className={sectionClass}>
        <h2 id="profile-title" className="mb-4 text-xl font-semibold">
          {t("account.profile")}
        </h2>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-gray-700">{t("account.name")}</dt>
          <dd>{viewer.name}</dd>
          <dt className="font-medium text-gray-700">{t("account.email")}</dt>
          <dd className="break-all">
            <bdi dir="ltr">{viewer.email}</bdi>
          </dd>
          <dt className="font-medium text-gray-700">{t("account.platformRoles")}</dt>
          <dd>{roles.length > 0 ? new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(roles) : t("account.noPlatformRoles")}</dd>
        </dl>
        <h3 className="mt-6 mb-2 text-lg font-semibold">{t("account.profileForm.title")}</h3>
        <ProfileForm name={viewer.name} locale={isLocale(viewer.locale) ? viewer.locale : "en"} version={viewer.accountVersion} />
      </section>

      <ChangeEmailForm className={sectionClass} />
      <ChangePasswordForm email={viewer.email} className={sectionClass} />
      <NotificationPreferences preferences={viewer.notificationPreferences.preferences} version={viewer.notificationPreferences.version} />

      <section aria-labelledby="memberships-title" className={sectionClass}>
        <h2 id="memberships-title" className="mb-4 text-xl font-semibold">
          {t("account.memberships")}
        </h2>
        <MembershipsList locale={locale} memberships={viewer.memberships} />
      </section>

      <section aria-labelledby="api-tokens-title" className={sectionClass}>
        <h2 id="api-tokens-title" className="mb-2 text-xl font-semibold">
          {tTokens("tokens.title")}
        </h2>
        <ApiTokens tokens={viewer.apiTokens} />
        <p className="mt-4 text-sm">
          <Link className="text-brand-700 underline hover:text-brand-800" href="/developers">
            {tTokens("tokens.developersLink")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="second-factors-title" className={sectionClass}>
        <h2 id="second-factors-title" className="mb-2 text-xl font-semibold">
          {tStepUp("title")}
        </h2>
        <p className="mb-4 text-gray-700">{tStepUp("intro")}</p>
        {viewer.secondFactors.requiredByPlatform && <Alert tone="info">{tStepUp("requiredByPlatform")}</Alert>}
        <h3 className="mb-2 text-lg font-semibold">{tStepUp("app.title")}</h3>
        <div className="mb-6">
          <AuthenticatorApp totp={viewer.secondFactors.totp} />
        </div>
        <h3 className="mb-2 text-lg font-semibold">{tStepUp("passkeys.title")}</h3>
        <Passkeys passkeys={viewer.secondFactors.passkeys} />
      </section>

      <section aria-labelledby="sign-out-everywhere-title" className={sectionClass}>
        <h2 id="sign-out-everywhere-title" className="mb-2 text-xl font-semibold">
          {t("account.signOutEverywhere.title")}
        </h2>
        <p className="mb-4 text-gray-700">{t("account.signOutEverywhere.body")}</p>
        <SignOutEverywhere />
      </section>
    </div>
  );
}
