import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AssignPanelForm } from "@/components/review-desk/assign-panel-form";
import { CurrentPanel } from "@/components/review-desk/current-panel";
import { ProposalSummary } from "@/components/review-desk/proposal-summary";
import { Link } from "@/i18n/navigation";
import { can } from "@/server/authz/permissions";
import { requireViewer } from "@/server/auth/require-viewer";
import { serverCaller } from "@/server/trpc/server-caller";

type Params = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "reviewDesk.desk" });
  return { title: t("title") };
}

const notFoundOr = <T,>(promise: Promise<T>) =>
  promise.catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });

export default async function ReviewDeskProposalPage({ params }: Params) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/review-desk/${id}`);
  if (!can(viewer, "programme.reviewDesk")) notFound();

  const api = await serverCaller(locale);
  const [t, tAssign, found, panel, desk] = await Promise.all([
    getTranslations({ locale, namespace: "reviewDesk.detail" }),
    getTranslations({ locale, namespace: "reviewDesk.assign" }),
    notFoundOr(api.programmes.byId({ programmeId: id })),
    notFoundOr(api.reviews.suggestPanel({ programmeId: id })),
    api.reviews.desk(),
  ]);
  const { programme } = found;
  const row = desk.find((item) => item.programmeId === id);
  const members = panel.candidates.filter((c) => c.standing !== null);
  const open = panel.candidates.filter((c) => c.standing !== "active");
  const activeReviewers = row?.panelSize ?? 0;
  const hasChair = (row?.hasChair ?? 0) > 0;

  return (
    <div>
      <p className="mb-4">
        <Link href="/review-desk" className="text-brand-700 underline hover:no-underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-6 text-3xl font-bold">
        <span className="block font-mono text-lg font-normal text-gray-700">{programme.reference}</span>
        {programme.title}
      </h1>
      <ProposalSummary locale={locale} programme={programme} leadName={found.leadName} leadCountry={found.leadCountry} />
      <CurrentPanel locale={locale} members={members} panelSize={panel.panelSize} activeReviewers={activeReviewers} hasChair={hasChair} />
      <section aria-labelledby="assign-heading" className="mb-8">
        <h2 id="assign-heading" className="mb-2 text-xl font-semibold">
          {tAssign("heading")}
        </h2>
        {found.can.assign ? (
          <AssignPanelForm
            programmeId={programme.id}
            version={programme.version}
            candidates={open}
            suggestion={panel.suggestion}
            panelSize={panel.panelSize}
            hasChair={hasChair}
            panelComplete={hasChair && activeReviewers >= panel.panelSize}
          />
        ) : (
          <p className="rounded border border-dashed border-gray-300 p-4 text-gray-700">{tAssign("closed")}</p>
        )}
      </section>
    </div>
  );
}
