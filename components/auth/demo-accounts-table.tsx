import { getTranslations } from "next-intl/server";
import type { DemoAccount } from "@/server/platform/demo-accounts";

/** Shown on the sign-in page only when demo data is loaded (never in production). */
export async function DemoAccountsTable({ locale, accounts, password }: { locale: string; accounts: DemoAccount[]; password: string | null }) {
  const t = await getTranslations({ locale, namespace: "auth" });
  const roleLabel = (key: string) => (t.has(`demo.roles.${key}`) ? t(`demo.roles.${key}`) : key);
  return (
    <section aria-labelledby="demo-accounts-title" className="mx-auto mt-10 w-full max-w-3xl rounded border border-blue-300 bg-blue-50 p-4">
      <h2 id="demo-accounts-title" className="mb-2 text-lg font-semibold text-blue-950">
        {t("demo.title")}
      </h2>
      <p className="mb-4 text-sm text-blue-950">{t("demo.note")}</p>
      <div className="overflow-x-auto">
        <table className="w-full bg-white text-sm">
          <caption className="sr-only">{t("demo.caption")}</caption>
          <thead>
            <tr className="border-b border-gray-300">
              <th scope="col" className="px-2 py-2 text-start font-semibold">
                {t("demo.email")}
              </th>
              <th scope="col" className="px-2 py-2 text-start font-semibold">
                {t("demo.role")}
              </th>
              <th scope="col" className="px-2 py-2 text-start font-semibold">
                {t("demo.password")}
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.email} className="border-b border-gray-200">
                <th scope="row" className="px-2 py-2 text-start font-normal">
                  <EmailAddress email={account.email} />
                </th>
                <td className="px-2 py-2">{roleLabel(account.roleLabelKey)}</td>
                <td className="px-2 py-2">
                  <span dir="ltr" className="font-mono whitespace-nowrap">
                    {password}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** An address that may wrap after the "@" on narrow screens. */
function EmailAddress({ email }: { email: string }) {
  const at = email.indexOf("@");
  return (
    <span dir="ltr" className="font-mono">
      {at > 0 ? (
        <>
          {email.slice(0, at)}
          <wbr />
          {email.slice(at)}
        </>
      ) : (
        email
      )}
    </span>
  );
}
