import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { NewReportForm, type NewReportInitial } from "@/components/reports/new-report-form";
import { previousQuarter } from "@/components/reports/periods";
import { Link } from "@/i18n/navigation";
import { can } from "@/server/authz/permissions";
import { requireViewer } from "@/server/auth/require-viewer";
import { idSchema } from "@/server/institutions/schemas";
import { DEFAULT_THRESHOLD } from "@/server/reports/suppress";
import { serverCaller } from "@/server/trpc/server-caller";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "transparency.admin.new" });
  return { title: t("title") };
}

/** A new draft report; with ?supersedes=<id>, a correction of that published report (same period to start with). */
export default async function NewReportPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, "/admin/reports/new");
  if (!can(viewer, "report.manage")) notFound();
  const raw = (await searchParams).supersedes;
  const supersedesId = typeof raw === "string" && idSchema.safeParse(raw).success ? raw : undefined;
  const api = await serverCaller(locale);
  const [t, corrected] = await Promise.all([
    getTranslations({ locale, namespace: "transparency.admin" }),
    supersedesId
      ? api.reports.adminById({ reportId: supersedesId }).catch((error: unknown) => {
          if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
          throw error;
        })
      : Promise.resolve(null),
  ]);
  const correcting = corrected && corrected.report.status === "published" ? corrected.report : null;
  const fallback = previousQuarter(new Date().toISOString().slice(0, 10));
  const initial: NewReportInitial = correcting
    ? {
        title: correcting.title,
        periodKind: correcting.periodKind,
        periodStart: correcting.periodStart,
        periodEnd: correcting.periodEnd,
        suppressionThreshold: correcting.suppressionThreshold,
        supersedesReportId: correcting.id,
      }
    : { title: "", periodKind: "quarter", periodStart: fallback.start, periodEnd: fallback.end, suppressionThreshold: DEFAULT_THRESHOLD };

  return (
    <div>
      <p className="mb-2">
        <Link href="/admin/reports" className="text-sm text-brand-700 underline hover:text-brand-800">
          <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">←</span>
          {t("new.back")}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{t("new.title")}</h1>
      <p className="mb-6 max-w-3xl text-gray-700">{correcting ? t("new.correctionIntro", { title: correcting.title }) : t("new.intro")}</p>
      <AdminNav locale={locale} current="reports" />
      <NewReportForm initial={initial} />
    </div>
  );
}
