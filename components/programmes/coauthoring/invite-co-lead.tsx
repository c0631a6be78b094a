"use client";
import { useMutation } from "@tanstack/react-query";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { useRouter } from "@/i18n/navigation";
import { CoLeadPicker } from "../co-lead-picker";
import type { InstitutionChoice } from "../form-values";

type Props = { programmeId: string; version: number; leadInstitutionId: string; coLeads: InstitutionChoice[] };

/**
 * The lead invites a co-lead: the directory search of the proposal form (CoLeadPicker); picking an
 * institution invites it at once (coauthoring.inviteCoLead), and the page shows the new list.
 */
export function InviteCoLead({ programmeId, version, leadInstitutionId, coLeads }: Props) {
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const invite = useMutation(trpc.coauthoring.inviteCoLead.mutationOptions({ onSuccess: () => router.refresh() }));
  const onChange = (next: InstitutionChoice[]) => {
    const added = next.find((n) => !coLeads.some((c) => c.id === n.id));
    if (added && !invite.isPending) invite.mutate({ programmeId, version, institutionId: added.id });
  };
  return <CoLeadPicker leadInstitutionId={leadInstitutionId} chosen={[]} onChange={onChange} error={invite.error ? errorText.message(invite.error) : null} />;
}
