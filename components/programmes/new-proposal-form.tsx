"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/i18n/navigation";
import { useFocusOnError } from "@/components/forms/use-focus-on-error";

/** Creates a draft from a title alone, then opens the full form. */
export function NewProposalForm({ institutionId }: { institutionId: string }) {
  const t = useTranslations("programmes");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [title, setTitle] = useState("");
  const create = useMutation(
    trpc.programmes.create.mutationOptions({
      onSuccess: (data) => router.push(`/proposals/${data.programmeId}/edit?created=1`),
    }),
  );
  const messageRef = useFocusOnError<HTMLDivElement>(create.error);
  const pending = create.isPending || create.isSuccess;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    create.mutate({ leadInstitutionId: institutionId, title });
  }

  const fieldMessage = errorText.field(create.error, "title");
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl">
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {create.error && !fieldMessage && <Alert tone="error">{errorText.message(create.error)}</Alert>}
      </div>
      <TextField
        label={t("fields.title")}
        hint={t("hints.title")}
        name="pf-title"
        required
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldMessage}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("actions.creating") : t("actions.createDraft")}
      </Button>
    </form>
  );
}
