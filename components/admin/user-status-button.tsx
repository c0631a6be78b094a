"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ReasonForm, reasonSchema } from "@/components/forms/reason-form";
import { useRefresh } from "@/components/forms/use-action";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { FormError } from "@/components/forms/form-error";
import { useAnnounce } from "./action-status";

/** Suspend (with a reason, in an inline form) or reinstate one account. Never shown for the admin's own account. */
export function UserStatusButton({ userId, name, status, version }: { userId: string; name: string; status: "active" | "suspended"; version: number }) {
  const t = useTranslations("admin.users");
  const announce = useAnnounce();
  const trpc = useTRPC();
  const { refreshing, refresh } = useRefresh();
  const [open, setOpen] = useState(false);
  const kit = useMutationForm({
    schema: reasonSchema,
    defaultValues: { reason: "" },
    mutation: trpc.admin.changeUserStatus.mutationOptions({
      onSuccess: (_data, { event }) => {
        announce(t(event === "suspend" ? "suspended" : "reinstated", { name }));
        setOpen(false);
        kit.form.reset();
        refresh();
      },
    }),
    toInput: ({ reason }) => {
      announce(null);
      return { userId, event: "suspend" as const, version, reason };
    },
  });
  const mutation = kit.mutation;
  const busy = mutation.isPending || refreshing;
  const formId = `suspend-form-${userId}`;

  return (
    <div className="mt-2">
      {status === "active" ? (
        <Button
          variant="danger"
          className="min-h-9 px-3 py-1"
          disabled={busy}
          aria-label={t("suspendLabel", { name })}
          aria-expanded={open}
          aria-controls={open ? formId : undefined}
          onClick={() => {
            mutation.reset();
            kit.form.clearErrors();
            setOpen(!open);
          }}
        >
          {t("suspend")}
        </Button>
      ) : (
        <Button
          className="min-h-9 px-3 py-1"
          disabled={busy}
          aria-label={t("reinstateLabel", { name })}
          onClick={() => {
            announce(null);
            mutation.mutate({ userId, event: "reinstate", version });
          }}
        >
          {t("reinstate")}
        </Button>
      )}
      {open && (
        <ReasonForm
          kit={kit}
          formId={formId}
          id={`suspend-reason-${userId}`}
          label={t("suspendReason", { name })}
          hint={t("suspendHint")}
          className="mt-3 max-w-xl rounded border border-gray-200 bg-gray-50 p-3"
        >
          <Button type="submit" variant="danger" disabled={busy}>
            {t("confirmSuspend")}
          </Button>
        </ReasonForm>
      )}
      <FormError className="mt-2" message={kit.formError} reload />
    </div>
  );
}
