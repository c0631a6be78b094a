"use client";
import "@/components/forms/zod-jitless";
import { useTranslations } from "next-intl";
import { useId, useTransition } from "react";
import { z } from "zod";
import { FormError } from "@/components/forms/form-error";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import type { MentionCandidate } from "@/server/discussions/mentions";
import { MENTIONS_MAX, MESSAGE_MAX, mentionHandleSchema, messageBody } from "@/server/discussions/schemas";
import { MentionComposer } from "./mention-composer";
import { stillMentioned } from "./still-mentioned";

const schema = z.object({ body: messageBody, parentId: z.string().max(20), mentions: z.array(mentionHandleSchema).max(MENTIONS_MAX, { error: "validation.mentions" }) });

/** A new message or a reply (one level), with the people it mentions (typed with "@"). */
export function MessageForm({ threadId, parents, mentionable }: { threadId: string; parents: readonly { id: string; label: string }[]; mentionable: readonly MentionCandidate[] }) {
  const t = useTranslations("discussions");
  const router = useRouter();
  const trpc = useTRPC();
  const [refreshing, startRefresh] = useTransition();
  const prefix = useId().replace(/:/g, "");
  const kit = useMutationForm({
    schema,
    defaultValues: { body: "", parentId: "", mentions: [] as string[] },
    mutation: trpc.discussions.post.mutationOptions({
      onSuccess: () => {
        kit.form.reset();
        kit.mutation.reset();
        startRefresh(() => router.refresh());
      },
    }),
    toInput: ({ body, parentId, mentions }) => ({ threadId, body, parentId: parentId || undefined, mentions: stillMentioned(t, body, mentions, mentionable) }),
  });
  const chosen = kit.form.watch("mentions");
  const busy = kit.busy || refreshing;
  return (
    <form onSubmit={kit.onSubmit} noValidate aria-labelledby={`${prefix}-title`} className="max-w-2xl rounded border border-gray-200 bg-gray-50 p-4">
      <h2 id={`${prefix}-title`} className="mb-3 text-lg font-semibold">
        {t("reply.title")}
      </h2>
      {parents.length > 0 && (
        <div className="mb-4">
          <label htmlFor={`${prefix}-parent`} className="mb-1 block text-sm font-medium">
            {t("reply.parent")}
          </label>
          <select id={`${prefix}-parent`} className="min-h-10 w-full rounded border border-gray-400 bg-white px-2" {...kit.form.register("parentId")}>
            <option value="">{t("reply.parentNone")}</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {t("reply.parentLabel", { author: p.label })}
              </option>
            ))}
          </select>
        </div>
      )}
      <MentionComposer
        id={`${prefix}-body`}
        label={t("reply.body")}
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
        {busy ? t("working") : t("reply.submit")}
      </Button>
      <FormError message={kit.formError} reload />
    </form>
  );
}
