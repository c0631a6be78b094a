"use client";
import "@/components/forms/zod-jitless";
import { useTranslations } from "next-intl";
import { useId, useTransition } from "react";
import { z } from "zod";
import { FormError } from "@/components/forms/form-error";
import { TextArea } from "@/components/forms/field";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { MENTIONS_MAX, MESSAGE_MAX, messageBody } from "@/server/discussions/schemas";

/** Ticked checkboxes come back as a list, one as a string, none as false: always a list here. */
const ids = z.preprocess((v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : typeof v === "string" ? [v] : []), z.array(z.string().max(20)).max(MENTIONS_MAX, { error: "validation.mentions" }));
const schema = z.object({ body: messageBody, parentId: z.string().max(20), mentions: ids });

/** A new message or a reply (one level), with the people it notifies. */
export function MessageForm({ threadId, parents, mentionable }: { threadId: string; parents: readonly { id: string; label: string }[]; mentionable: readonly { id: string; name: string }[] }) {
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
    toInput: ({ body, parentId, mentions }) => ({ threadId, body, parentId: parentId || undefined, mentions }),
  });
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
      <TextArea label={t("reply.body")} id={`${prefix}-body`} hint={t("start.bodyHint")} error={kit.fieldError("body")} maxLength={MESSAGE_MAX} required aria-required="true" {...kit.form.register("body")} />
      {mentionable.length > 0 && (
        <fieldset className="mb-4" aria-describedby={`${prefix}-mentions-hint`}>
          <legend className="mb-1 text-sm font-medium">{t("reply.mentions")}</legend>
          <p id={`${prefix}-mentions-hint`} className="mb-2 text-xs text-gray-600">
            {t("reply.mentionsHint")}
          </p>
          <ul className="grid gap-1 sm:grid-cols-2">
            {mentionable.map((p) => (
              <li key={p.id}>
                <label className="inline-flex min-h-10 items-center gap-2 text-sm">
                  <input type="checkbox" value={p.id} className="h-4 w-4" {...kit.form.register("mentions")} />
                  <bdi>{p.name}</bdi>
                </label>
              </li>
            ))}
          </ul>
          {kit.fieldError("mentions") && (
            <p role="alert" className="text-sm text-red-700">
              {kit.fieldError("mentions")}
            </p>
          )}
        </fieldset>
      )}
      <Button type="submit" disabled={busy}>
        {busy ? t("working") : t("reply.submit")}
      </Button>
      <FormError message={kit.formError} reload />
    </form>
  );
}
