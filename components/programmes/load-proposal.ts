import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { can } from "@/server/authz/permissions";
import type { SignedInViewer } from "@/server/authz/viewer";
import { idSchema } from "@/server/institutions/schemas";
import { serverCaller } from "@/server/trpc/server-caller";

/**
 * A proposal for its proposers' pages: members of the lead or a co-lead institution, and
 * admins. Anyone else (reviewers included: they have their own workspace) gets a 404.
 */
export async function loadProposal(locale: string, programmeId: string, viewer: SignedInViewer) {
  if (!idSchema.safeParse(programmeId).success) notFound();
  const api = await serverCaller(locale);
  try {
    const data = await api.programmes.byId({ programmeId });
    const { programme } = data;
    const party = can(viewer, "programme.viewPrivate", { institutionId: programme.leadInstitutionId, partnerInstitutionIds: programme.coLeadInstitutionIds });
    if (!data.canSeePrivate || !party) notFound();
    return data;
  } catch (error) {
    if (error instanceof TRPCError && ["NOT_FOUND", "FORBIDDEN"].includes(error.code)) notFound();
    throw error;
  }
}

export type LoadedProposal = Awaited<ReturnType<typeof loadProposal>>;
