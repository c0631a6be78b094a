import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AuthPage } from "./auth-page";

type Search = Promise<Record<string, string | string[] | undefined>>;

/**
 * A page opened from an emailed link with `?token=` (reset password, verify email): the form
 * for a token, or the "invalid link" notice without one. The token is used only on submit.
 */
export async function TokenLinkPage({
  locale,
  searchParams,
  messages,
  form,
  invalid,
}: {
  locale: string;
  searchParams: Search;
  /** The "auth" messages with `title` and `intro`. */
  messages: "resetPassword" | "verifyEmail";
  form: (token: string) => ReactNode;
  invalid: ReactNode;
}) {
  const [{ token }, t] = await Promise.all([searchParams, getTranslations({ locale, namespace: "auth" })]);
  const value = typeof token === "string" ? token.trim() : "";
  return (
    <AuthPage title={t(`${messages}.title`)} intro={value ? t(`${messages}.intro`) : undefined}>
      {value ? form(value) : invalid}
    </AuthPage>
  );
}
