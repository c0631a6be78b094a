"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useActionFeedback } from "./use-action-feedback";

export type MemberRowData = { id: string; version: number; name: string; role: "member" | "owner"; isSignatory: boolean };

/** An owner's buttons for one active member: role, signatory designation, removal (confirmed in place). */
export function MemberActions({
  member,
  canPromote,
  canSetSignatory,
  canRemove,
}: {
  member: MemberRowData;
  canPromote: boolean;
  canSetSignatory: boolean;
  canRemove: boolean;
}) {
  const t = useTranslations("dashboard.members");
  const tActions = useTranslations("common.actions");
  const trpc = useTRPC();
  const feedback = useActionFeedback();
  const [confirming, setConfirming] = useState(false);
  const name = member.name;
  const handlers = feedback.handlers;

  const setRole = useMutation(
    trpc.memberships.setRole.mutationOptions({
      ...handlers,
      onSuccess: (_data, vars) => feedback.succeed(vars.role === "owner" ? t("nowOwner", { name }) : t("nowMember", { name })),
    }),
  );
  const setSignatory = useMutation(
    trpc.memberships.setSignatory.mutationOptions({
      ...handlers,
      onSuccess: (_data, vars) => feedback.succeed(vars.isSignatory ? t("nowSignatory", { name }) : t("noLongerSignatory", { name })),
    }),
  );
  const remove = useMutation(
    trpc.memberships.changeStatus.mutationOptions({
      ...handlers,
      onSuccess: () => {
        setConfirming(false);
        feedback.succeed(t("removed", { name }));
      },
    }),
  );
  const busy = feedback.busy(setRole.isPending, setSignatory.isPending, remove.isPending);
  const base = { membershipId: member.id, version: member.version };
  const message = feedback.message;

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {canPromote &&
          (member.role === "owner" ? (
            <Button variant="secondary" disabled={busy} aria-label={t("makeMemberLabel", { name })} onClick={() => setRole.mutate({ ...base, role: "member" })}>
              {t("makeMember")}
            </Button>
          ) : (
            <Button variant="secondary" disabled={busy} aria-label={t("makeOwnerLabel", { name })} onClick={() => setRole.mutate({ ...base, role: "owner" })}>
              {t("makeOwner")}
            </Button>
          ))}
        {canSetSignatory &&
          (member.isSignatory ? (
            <Button
              variant="secondary"
              disabled={busy}
              aria-label={t("removeSignatoryLabel", { name })}
              onClick={() => setSignatory.mutate({ ...base, isSignatory: false })}
            >
              {t("removeSignatory")}
            </Button>
          ) : (
            <Button
              variant="secondary"
              disabled={busy}
              aria-label={t("designateSignatoryLabel", { name })}
              onClick={() => setSignatory.mutate({ ...base, isSignatory: true })}
            >
              {t("designateSignatory")}
            </Button>
          ))}
        {canRemove && !confirming && (
          <Button variant="danger" disabled={busy} aria-label={t("removeLabel", { name })} onClick={() => setConfirming(true)}>
            {t("remove")}
          </Button>
        )}
      </div>
      {canRemove && confirming && (
        <div className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p className="mb-2">{t("confirmRemove", { name })}</p>
          <div className="flex flex-wrap gap-2">
            <Button
              variant="danger"
              disabled={busy}
              aria-label={t("confirmRemoveLabel", { name })}
              onClick={() => remove.mutate({ ...base, event: "remove" })}
            >
              {t("confirmRemoveButton")}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setConfirming(false)}>
              {tActions("cancel")}
            </Button>
          </div>
        </div>
      )}
      {message && (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
