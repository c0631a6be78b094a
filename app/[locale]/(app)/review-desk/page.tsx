import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { DeskGroup, type DeskGroupKey } from "@/components/review-desk/desk-group";
import { can } from "@/server/authz/permissions";
import { requireViewer } from "@/server/auth/require-viewer";
import { serverCaller } from "@/server/trpc/server-caller";

const GROUPS: readonly DeskGroupKey[] = ["submitted", "under_review", "changes_requested"];

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "reviewDesk.desk" });
  return { title: t("title") };
}

export default async function ReviewDeskPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, "/review-desk");
  if (!can(viewer, "programme.reviewDesk")) notFound();

  const api = await serverCaller(locale);
  const [t, items] = await Promise.all([getTranslations({ locale, namespace: "reviewDesk.desk" }), api.reviews.desk()]);

  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-gray-700">{t("intro")}</p>
      <AdminNav locale={locale} current="reviewDesk" />
      {GROUPS.map((group) => (
        <DeskGroup key={group} locale={locale} group={group} items={items.filter((item) => item.status === group)} />
      ))}
    </div>
  );
}
