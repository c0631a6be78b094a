// Every page and layout under app/ with what each persona gets (vocabulary: support/page-matrix.ts).
// Keys are the files; the matrix fails for a page.tsx or layout.tsx without a row here.
import { accountPage, signInPage, signOutPage } from "../../../server/pages/account/account";
import { adminOverviewPage } from "../../../server/pages/admin/overview";
import { deadLettersPage } from "../../../server/pages/admin/outbox";
import { auditLogPage } from "../../../server/pages/admin/audit";
import { auditChainPage } from "../../../server/pages/admin/audit-chain";
import { liveFiguresPage } from "../../../server/pages/admin/figures";
import { verificationQueuePage } from "../../../server/pages/admin/institutions";
import { adminReportPage, adminReportsPage, newReportPage } from "../../../server/pages/admin/reports";
import { rubricPage } from "../../../server/pages/admin/rubric";
import { usersPage } from "../../../server/pages/admin/users";
import { agreementEditPage, agreementPage, agreementRecordPage } from "../../../server/pages/agreements/agreement";
import { programmeAgreementsPage } from "../../../server/pages/agreements/programme-agreements";
import { dashboardPage } from "../../../server/pages/dashboard/dashboard";
import { manageInstitutionPage, newInstitutionPage } from "../../../server/pages/dashboard/institution";
import { joinPage } from "../../../server/pages/dashboard/join";
import { outboxPage } from "../../../server/pages/dev/outbox";
import { siteHeader } from "../../../server/pages/layout/header";
import { notificationsPage } from "../../../server/pages/notifications";
import { applyPage } from "../../../server/pages/programmes/apply";
import { newProposalPage, proposalEditPage, proposalPage } from "../../../server/pages/programmes/proposal";
import { activityPage, coauthorPage, historyPage } from "../../../server/pages/programmes/coauthoring";
import { discussionPage } from "../../../server/pages/discussions/thread";
import { askQuestionPage } from "../../../server/pages/discussions/ask";
import { cataloguePage, publicProgrammePage } from "../../../server/pages/public/catalogue";
import { documentPage } from "../../../server/pages/public/documents";
import { developersPage } from "../../../server/pages/public/developers";
import { homePage } from "../../../server/pages/public/home";
import { institutionDirectoryPage, institutionPage } from "../../../server/pages/public/institutions";
import { publishedReportPage, transparencyPage } from "../../../server/pages/public/transparency";
import { reviewDeskPage, reviewDeskProposalPage } from "../../../server/pages/reviews/desk";
import { batchAssignmentPage, reviewerBidsPage, reviewerProfilePage, reviewerProfilesPage } from "../../../server/pages/reviews/matching";
import { reviewSheetPage } from "../../../server/pages/reviews/sheet";
import { reviewWorkspacePage } from "../../../server/pages/reviews/workspace";
import { auditFilters } from "../../../server/audit/schemas";
import { catalogueFilters } from "../../../server/catalogue/schemas";
import { directoryFilters } from "../../../server/institutions/schemas";
import { adminPage, everyone, privateToAPage, privateToPartiesPage, readRow, signedInPage, type PageRow } from "./page-matrix";

const PUBLIC = "app/[locale]/(public)";
const APP = "app/[locale]/(app)";

export const PAGE_ROWS: Record<string, PageRow> = {
  // Layouts: the header of every localised page reads who is signed in; the others read nothing.
  "app/[locale]/layout.tsx": [readRow(siteHeader, () => [], everyone("ok"))],
  [`${APP}/layout.tsx`]: { static: "ok" },
  "app/dev/layout.tsx": { static: "ok" },

  // Public pages.
  [`${PUBLIC}/page.tsx`]: [readRow(homePage, () => [], everyone("ok"))],
  [`${PUBLIC}/programmes/page.tsx`]: [readRow(cataloguePage, () => [catalogueFilters.parse({})], everyone("ok"))],
  [`${PUBLIC}/programmes/[reference]/page.tsx`]: [
    readRow(publicProgrammePage, (s) => [s.open.reference], everyone("ok"), "an open programme"),
    readRow(publicProgrammePage, (s) => [s.draft.reference], everyone("notFound"), "a draft: not public, even to its own people"),
  ],
  [`${PUBLIC}/institutions/page.tsx`]: [readRow(institutionDirectoryPage, () => [directoryFilters.parse({})], everyone("ok"))],
  [`${PUBLIC}/institutions/[id]/page.tsx`]: [
    readRow(institutionPage, (s) => [s.a.id], everyone("ok"), "a verified institution"),
    readRow(institutionPage, (s) => [s.pending.id], { ...everyone("notFound"), ownerA: "ok", admin: "ok" }, "a pending institution: its people and the admins"),
    readRow(institutionPage, () => ["not-an-id"], everyone("notFound"), "a malformed id"),
  ],
  [`${PUBLIC}/transparency/page.tsx`]: [readRow(transparencyPage, () => [1], everyone("ok"))],
  [`${PUBLIC}/transparency/[report]/page.tsx`]: [
    readRow(publishedReportPage, (s) => [s.publishedReport.slug], everyone("ok"), "a published report"),
    readRow(publishedReportPage, (s) => [s.draftReport.slug], everyone("notFound"), "a draft report: admins read it on their own page"),
  ],
  [`${PUBLIC}/help/page.tsx`]: [readRow(documentPage, () => ["help" as const], everyone("ok"))],
  // The link of an address change: a button only (the form post does the change).
  [`${PUBLIC}/confirm-email/page.tsx`]: { static: "ok" },
  [`${PUBLIC}/contact/page.tsx`]: [readRow(documentPage, () => ["contact" as const], everyone("ok"))],
  [`${PUBLIC}/privacy/page.tsx`]: [readRow(documentPage, () => ["privacy" as const], everyone("ok"))],
  [`${PUBLIC}/accessibility/page.tsx`]: [readRow(documentPage, () => ["accessibility" as const], everyone("ok"))],
  [`${PUBLIC}/developers/page.tsx`]: [readRow(developersPage, () => [], everyone("ok"))],
  "app/[locale]/[...rest]/page.tsx": { static: "notFound" },
  // Only with demo data loaded and outside production, whoever asks (nobody signs in there).
  "app/dev/outbox/page.tsx": [readRow(outboxPage, () => [""], (s) => everyone(s.demoLoaded ? "ok" : "notFound"))],

  // Signing in and the account.
  [`${APP}/sign-in/page.tsx`]: [readRow(signInPage, () => [], everyone("ok"))],
  [`${APP}/sign-out/page.tsx`]: [readRow(signOutPage, () => [], everyone("ok"))],
  [`${APP}/sign-up/page.tsx`]: { static: "ok" },
  [`${APP}/verify-email/page.tsx`]: { static: "ok" },
  [`${APP}/forgot-password/page.tsx`]: { static: "ok" },
  [`${APP}/reset-password/page.tsx`]: { static: "ok" },
  [`${APP}/account/page.tsx`]: [readRow(accountPage, () => [], signedInPage)],
  [`${APP}/notifications/page.tsx`]: [readRow(notificationsPage, () => [], signedInPage)],

  // The dashboard and institutions.
  [`${APP}/dashboard/page.tsx`]: [readRow(dashboardPage, () => [], signedInPage)],
  [`${APP}/dashboard/join/page.tsx`]: [readRow(joinPage, (s) => [{ page: 1 }, s.a.id], signedInPage)],
  [`${APP}/dashboard/institutions/new/page.tsx`]: [readRow(newInstitutionPage, () => [], signedInPage)],
  [`${APP}/dashboard/institutions/[id]/page.tsx`]: [readRow(manageInstitutionPage, (s) => [s.a.id], privateToAPage)],

  // Proposals, participation and agreements.
  [`${APP}/proposals/new/page.tsx`]: [
    readRow(newProposalPage, (s) => [s.a.id], { ...everyone("notFound"), visitor: "signIn", memberA: "ok", ownerA: "ok" }, "for A: its members"),
    readRow(newProposalPage, (s) => [s.s.id], { ...everyone("notFound"), visitor: "signIn", memberSuspended: "forbidden" }, "for S, suspended: its owner may not propose"),
  ],
  [`${APP}/proposals/[id]/page.tsx`]: [readRow(proposalPage, (s) => [s.draft.id], privateToPartiesPage)],
  // S's people read the proposal but may not edit it: they are sent to its page, as are the admins.
  [`${APP}/proposals/[id]/edit/page.tsx`]: [readRow(proposalEditPage, (s) => [s.draft.id], { ...privateToPartiesPage, admin: "redirect", memberSuspended: "redirect" })],
  // Co-authoring (issue #16): the parties (S's people read while suspended) and admins; the workspace shows read-only to those who may not write.
  [`${APP}/proposals/[id]/coauthor/page.tsx`]: [readRow(coauthorPage, (s) => [s.draft.id], privateToPartiesPage)],
  [`${APP}/proposals/[id]/activity/page.tsx`]: [readRow(activityPage, (s) => [s.draft.id], privateToPartiesPage)],
  [`${APP}/proposals/[id]/history/page.tsx`]: [readRow(historyPage, (s) => [s.draft.id], privateToPartiesPage)],
  [`${APP}/proposals/[id]/agreements/page.tsx`]: [readRow(programmeAgreementsPage, (s) => [s.open.id], privateToPartiesPage)],
  [`${APP}/programmes/[reference]/apply/page.tsx`]: [readRow(applyPage, (s) => [s.open.reference], signedInPage)],
  [`${APP}/agreements/[id]/page.tsx`]: [readRow(agreementPage, (s) => [s.agreement.id], privateToPartiesPage)],
  [`${APP}/agreements/[id]/edit/page.tsx`]: [readRow(agreementEditPage, (s) => [s.agreement.id], { ...privateToPartiesPage, admin: "redirect", memberSuspended: "redirect" })],
  [`${APP}/agreements/[id]/record/page.tsx`]: [readRow(agreementRecordPage, (s) => [s.signedAgreement.id, true], privateToPartiesPage)],

  // Discussions: a thread between the proposal's parties (S's suspended people read it) and its panel.
  [`${APP}/discussions/[id]/page.tsx`]: [
    readRow(discussionPage, (s) => [s.thread.threadId, 1], { ...privateToPartiesPage, reviewer: "ok" }),
    readRow(discussionPage, () => ["not-an-id", 1], { ...everyone("notFound"), visitor: "signIn" }, "a malformed id"),
  ],
  [`${APP}/programmes/[reference]/questions/page.tsx`]: [readRow(askQuestionPage, (s) => [s.open.reference], signedInPage)],

  // Review.
  [`${APP}/reviews/page.tsx`]: [readRow(reviewWorkspacePage, () => [undefined, undefined], { ...everyone("forbidden"), visitor: "signIn", reviewer: "ok" })],
  // The panel's and the admins': the proposal's own people read it elsewhere; the revoked reviewer's seat ended.
  [`${APP}/reviews/[id]/page.tsx`]: [readRow(reviewSheetPage, (s) => [s.underReview.id], { ...everyone("notFound"), visitor: "signIn", reviewer: "ok", admin: "ok" })],
  [`${APP}/review-desk/page.tsx`]: [readRow(reviewDeskPage, () => [], adminPage)],
  [`${APP}/review-desk/[id]/page.tsx`]: [readRow(reviewDeskProposalPage, (s) => [s.underReview.id], adminPage)],
  [`${APP}/review-desk/batch/page.tsx`]: [readRow(batchAssignmentPage, () => [false], adminPage)],
  [`${APP}/review-desk/reviewers/page.tsx`]: [readRow(reviewerProfilesPage, () => [undefined], adminPage)],
  [`${APP}/reviews/profile/page.tsx`]: [readRow(reviewerProfilePage, () => [], { ...everyone("forbidden"), visitor: "signIn", reviewer: "ok" })],
  [`${APP}/reviews/bids/page.tsx`]: [readRow(reviewerBidsPage, () => [undefined], { ...everyone("forbidden"), visitor: "signIn", reviewer: "ok" })],

  // Administration.
  [`${APP}/admin/page.tsx`]: [readRow(adminOverviewPage, () => [], adminPage)],
  [`${APP}/admin/institutions/page.tsx`]: [readRow(verificationQueuePage, () => [], adminPage)],
  [`${APP}/admin/users/page.tsx`]: [readRow(usersPage, () => [undefined, 1], adminPage)],
  [`${APP}/admin/audit/page.tsx`]: [readRow(auditLogPage, () => [auditFilters.parse({})], adminPage)],
  [`${APP}/admin/audit/chain/page.tsx`]: [readRow(auditChainPage, () => [0], adminPage)],
  [`${APP}/admin/rubric/page.tsx`]: [readRow(rubricPage, () => [], adminPage)],
  [`${APP}/admin/outbox/page.tsx`]: [readRow(deadLettersPage, () => [1], adminPage)],
  [`${APP}/admin/figures/page.tsx`]: [readRow(liveFiguresPage, () => ["2026-01-01", "2026-03-31"], adminPage)],
  [`${APP}/admin/reports/page.tsx`]: [readRow(adminReportsPage, () => [], adminPage)],
  [`${APP}/admin/reports/new/page.tsx`]: [readRow(newReportPage, (s) => [s.publishedReport.id], adminPage)],
  [`${APP}/admin/reports/[id]/page.tsx`]: [readRow(adminReportPage, (s) => [s.draftReport.id], adminPage)],
};
