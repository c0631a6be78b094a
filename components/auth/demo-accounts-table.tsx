import { getTranslations } from "next-intl/server";
import { RecordTable } from "@/components/ui/record-table";
import type { DemoAccount } from "@/server/platform/demo-accounts";
import { Section } from "@/components/ui/section";

/** Shown on the sign-in page only when demo data is loaded (never in production). */
export async function DemoAccountsTable({ locale, accounts, password }: { locale: string; accounts: DemoAccount[]; password: string | null }) {
  const t = await getTranslations({ locale, namespace: "auth" });
  const roleLabel = (key: string) => (t.has(`demo.roles.${key}`) ? t(`demo.roles.${key}`) : key);
  return (
    <Section id="demo-accounts-title" title={t("demo.title")} className="mx-auto mt-10 w-full max-w-3xl rounded border border-blue-300 bg-blue-50 p-4" headingClassName="mb-2 text-lg font-semibold text-blue-950">
      <p className="mb-4 text-sm text-blue-950">{t("demo.note")}</p>
      <RecordTable
        caption={t("demo.caption")}
        rows={accounts}
        rowKey={(account) => account.email}
        headerWeight="font-semibold"
        scrollRegion
        bodyClassName="[&>tr]:border-b [&>tr]:border-gray-200"
        columns={[
          { header: t("demo.email"), rowHeader: true, cell: (account) => <EmailAddress email={account.email} /> },
          { header: t("demo.role"), cell: (account) => roleLabel(account.roleLabelKey) },
          {
            header: t("demo.password"),
            cell: () => (
              <bdi dir="ltr" className="font-mono whitespace-nowrap">
                {password}
              </bdi>
            ),
          },
        ]}
      />
    </Section>
  );
}

/** An address that may wrap after the "@" on narrow screens. */
function EmailAddress({ email }: { email: string }) {
  const at = email.indexOf("@");
  return (
    <bdi dir="ltr" className="font-mono">
      {at > 0 ? (
        <>
          {email.slice(0, at)}
          <wbr />
          {email.slice(at)}
        </>
      ) : (
        email
      )}
    </bdi>
  );
}
