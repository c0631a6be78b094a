import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewProposalForm } from "@/components/programmes/new-proposal-form";
import { Link } from "@/i18n/navigation";
import { requireViewer } from "@/server/auth/require-viewer";
import { can } from "@/server/authz/permissions";
import { membershipIn } from "@/server/authz/viewer";
import { idSchema } from "@/server/institutions/schemas";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "programmes" });
  return { title: t("new.title") };
}

/** Starts a proposal for ?institution=<id>; only members of that verified institution get here. */
export default async function NewProposalPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const institutionId = typeof query.institution === "string" ? query.institution : "";
  const viewer = await requireViewer(locale, `/proposals/new?institution=${encodeURIComponent(institutionId)}`);
  if (!idSchema.safeParse(institutionId).success) notFound();
  const membership = membershipIn(viewer, institutionId);
  if (!membership || !can(viewer, "programme.create", { institutionId })) notFound();
  const t = await getTranslations({ locale, namespace: "programmes" });

  return (
    <div>
      <p className="mb-4 text-sm">
        <Link href={`/dashboard/institutions/${institutionId}`} className="text-brand-700 underline">
          {t("new.back", { institution: membership.institutionName })}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{t("new.title")}</h1>
      <p className="mb-6 max-w-2xl text-gray-700">{t("new.intro", { institution: membership.institutionName })}</p>
      <NewProposalForm institutionId={institutionId} />
    </div>
  );
}
