import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { RubricForm } from "@/components/review-desk/rubric-form";
import { can } from "@/server/authz/permissions";
import { requireViewer } from "@/server/auth/require-viewer";
import { serverCaller } from "@/server/trpc/server-caller";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "reviewDesk.rubric" });
  return { title: t("title") };
}

export default async function AdminRubricPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, "/admin/rubric");
  if (!can(viewer, "review.configureRubric")) notFound();

  const api = await serverCaller(locale);
  const [t, criteria] = await Promise.all([getTranslations({ locale, namespace: "reviewDesk.rubric" }), api.reviews.rubric()]);

  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-prose text-gray-700">{t("intro")}</p>
      <AdminNav locale={locale} current="rubric" />
      <RubricForm criteria={criteria} />
    </div>
  );
}
