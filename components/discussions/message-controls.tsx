"use client";
import "@/components/forms/zod-jitless";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { z } from "zod";
import { FormError } from "@/components/forms/form-error";
import { TextArea } from "@/components/forms/field";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { MESSAGE_MAX, messageBody } from "@/server/discussions/schemas";
import { reasonSchema } from "@/components/forms/reason-form";

type Message = { id: string; version: number; body: string | null; editableUntil: string | null };

/** A message's own buttons: its author edits it within 15 minutes; a moderator hides it with a reason. */
export function MessageControls({ message, canModerate }: { message: Message; canModerate: boolean }) {
  const t = useTranslations("discussions");
  const router = useRouter();
  const trpc = useTRPC();
  const [refreshing, startRefresh] = useTransition();
  const [open, setOpen] = useState<"edit" | "hide" | null>(null);
  const done = () => startRefresh(() => router.refresh());
  const edit = useMutationForm({
    schema: z.object({ body: messageBody }),
    defaultValues: { body: message.body ?? "" },
    mutation: trpc.discussions.edit.mutationOptions({ onSuccess: done }),
    toInput: ({ body }) => ({ messageId: message.id, version: message.version, body }),
  });
  const hide = useMutationForm({
    schema: reasonSchema,
    defaultValues: { reason: "" },
    mutation: trpc.discussions.hide.mutationOptions({ onSuccess: done }),
    toInput: ({ reason }) => ({ messageId: message.id, version: message.version, reason }),
  });
  const canEdit = message.editableUntil !== null && message.body !== null;
  const mayHide = canModerate && message.body !== null;
  if (!canEdit && !mayHide) return null;
  const busy = edit.busy || hide.busy || refreshing;
  return (
    <div className="mt-2">
      {open === null && (
        <div className="flex flex-wrap gap-2">
          {canEdit && (
            <Button variant="secondary" onClick={() => setOpen("edit")}>
              {t("edit.open")}
            </Button>
          )}
          {mayHide && (
            <Button variant="secondary" onClick={() => setOpen("hide")}>
              {t("hide.open")}
            </Button>
          )}
        </div>
      )}
      {open === "edit" && (
        <form onSubmit={edit.onSubmit} noValidate className="mt-2">
          <TextArea label={t("edit.label")} id={`edit-${message.id}`} error={edit.fieldError("body")} maxLength={MESSAGE_MAX} required aria-required="true" autoFocus {...edit.form.register("body")} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={busy}>
              {t("edit.save")}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(null)}>
              {t("edit.cancel")}
            </Button>
          </div>
          <FormError message={edit.formError} reload />
        </form>
      )}
      {open === "hide" && (
        <form onSubmit={hide.onSubmit} noValidate className="mt-2">
          <TextArea label={t("hide.reason")} id={`hide-${message.id}`} error={hide.fieldError("reason")} maxLength={500} required aria-required="true" rows={2} autoFocus {...hide.form.register("reason")} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={busy}>
              {t("hide.confirm")}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(null)}>
              {t("hide.cancel")}
            </Button>
          </div>
          <FormError message={hide.formError} reload />
        </form>
      )}
    </div>
  );
}
