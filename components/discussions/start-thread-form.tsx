"use client";
import "@/components/forms/zod-jitless";
import { useTranslations } from "next-intl";
import { useId, useTransition } from "react";
import { z } from "zod";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/field";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import type { MentionCandidate } from "@/server/discussions/mentions";
import { CLAUSES, MENTIONS_MAX, MESSAGE_MAX, mentionHandleSchema, messageBody, SUBJECT_MAX, threadSubject } from "@/server/discussions/schemas";
import { MentionComposer } from "./mention-composer";
import { stillMentioned } from "./still-mentioned";

type Target = { audience: "parties" | "parties_and_reviewers" | "panel" | "public"; programmeId: string } | { audience: "clause"; agreementId: string };

const schema = z.object({ subject: threadSubject, body: messageBody, clause: z.enum(CLAUSES), mentions: z.array(mentionHandleSchema).max(MENTIONS_MAX, { error: "validation.mentions" }) });

/** Starts a thread (or asks a public question) and opens it; "@" mentions the people who will read it. */
export function StartThreadForm({ target, mentionable = [] }: { target: Target; mentionable?: readonly MentionCandidate[] }) {
  const t = useTranslations("discussions");
  const router = useRouter();
  const trpc = useTRPC();
  const [opening, startOpening] = useTransition();
  const prefix = useId().replace(/:/g, "");
  const question = target.audience === "public";
  const kit = useMutationForm({
    schema,
    defaultValues: { subject: "", body: "", clause: "purpose", mentions: [] as string[] },
    mutation: trpc.discussions.start.mutationOptions({ onSuccess: ({ threadId }) => startOpening(() => router.push(`/discussions/${threadId}`)) }),
    toInput: ({ subject, body, clause, mentions }) => {
      const mentioned = stillMentioned(t, body, mentions, mentionable);
      if (target.audience === "clause") return { audience: "clause" as const, agreementId: target.agreementId, clause, subject, body, mentions: mentioned };
      return target.audience === "public" ? { ...target, subject, body, mentions: [] } : { ...target, subject, body, mentions: mentioned };
    },
  });
  const chosen = kit.form.watch("mentions");
  const busy = kit.busy || opening;
  return (
    <form onSubmit={kit.onSubmit} noValidate aria-labelledby={`${prefix}-title`} className="max-w-2xl rounded border border-gray-200 bg-gray-50 p-4">
      <h3 id={`${prefix}-title`} className="mb-3 font-semibold">
        {question ? t("start.ask") : t("start.title")}
      </h3>
      {target.audience === "clause" && (
        <div className="mb-4">
          <label htmlFor={`${prefix}-clause`} className="mb-1 block text-sm font-medium">
            {t("start.clause")}
          </label>
          <select id={`${prefix}-clause`} className="min-h-10 w-full rounded border border-gray-400 bg-white px-2" {...kit.form.register("clause")}>
            {CLAUSES.map((c) => (
              <option key={c} value={c}>
                {t(`clauses.${c}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <TextField label={t("start.subject")} id={`${prefix}-subject`} error={kit.fieldError("subject")} maxLength={SUBJECT_MAX} required aria-required="true" {...kit.form.register("subject")} />
      <MentionComposer
        id={`${prefix}-body`}
        label={t("start.body")}
        hint={mentionable.length ? `${t("start.bodyHint")} ${t("reply.mentionsHint")}` : t("start.bodyHint")}
        error={kit.fieldError("body") ?? kit.fieldError("mentions")}
        maxLength={MESSAGE_MAX}
        field={kit.form.register("body")}
        candidates={mentionable}
        chosen={chosen}
        onChosen={(handles) => kit.form.setValue("mentions", handles)}
        onText={(text) => kit.form.setValue("body", text, { shouldDirty: true })}
      />
      <Button type="submit" disabled={busy}>
        {busy ? t("working") : question ? t("start.submitQuestion") : t("start.submit")}
      </Button>
      <FormError message={kit.formError} reload />
    </form>
  );
}
