"use client";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextArea, TextField } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { ConflictResolver } from "./conflict-resolver";
import { serverSectionOf, textValues, type TextValues } from "./text-values";

type Props = { programmeId: string; version: number; values: Record<string, unknown> };

/**
 * The basics section (title, summary, description), saved on its own version. When somebody
 * saved it in between, the server's CONFLICT carries their text and the author resolves it
 * field by field (ConflictResolver), then saves on the version the server holds.
 */
export function SectionEditor({ programmeId, version: loadedVersion, values }: Props) {
  const t = useTranslations("coauthoring");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [base, setBase] = useState<TextValues>(() => textValues(values));
  const [mine, setMine] = useState<TextValues>(() => textValues(values));
  const [version, setVersion] = useState(loadedVersion);
  const [theirs, setTheirs] = useState<{ version: number; values: TextValues } | null>(null);
  const [saved, setSaved] = useState(false);

  const save = useMutation(
    trpc.coauthoring.saveSection.mutationOptions({
      onSuccess: (result, input) => {
        const kept = textValues(input.values);
        setBase(kept);
        setMine(kept);
        setVersion(result.sectionVersion);
        setTheirs(null);
        setSaved(true);
        router.refresh();
      },
      onError: (error) => {
        const current = error instanceof TRPCClientError ? serverSectionOf(error.data) : null;
        if (current) setTheirs({ version: current.version, values: textValues(current.values) });
      },
    }),
  );

  const send = (chosen: TextValues, onVersion: number) => {
    setSaved(false);
    save.mutate({ programmeId, section: "basics", version: onVersion, values: { title: chosen.title, summary: chosen.summary, description: chosen.description } });
  };
  const edit = (field: keyof TextValues) => (e: { target: { value: string } }) => {
    setSaved(false);
    setMine((m) => ({ ...m, [field]: e.target.value }));
  };
  const sectionName = t("sections.basics");
  const conflict = theirs !== null;

  return (
    <section aria-labelledby="section-basics-heading" className="mb-8 rounded border border-gray-200 p-4">
      <h2 id="section-basics-heading" className="mb-1 text-xl font-semibold">
        {sectionName}
      </h2>
      <p className="mb-4 text-sm text-gray-700" data-testid="section-version">
        {t("version", { version })}
      </p>
      <div aria-live="polite">{saved && <Alert tone="success">{t("saved", { section: sectionName })}</Alert>}</div>
      {save.error && !conflict && <Alert tone="error">{errorText.message(save.error)}</Alert>}
      {conflict && <ConflictResolver base={base} theirs={theirs.values} mine={mine} busy={save.isPending} onResolve={(chosen) => send(chosen, theirs.version)} />}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          send(mine, version);
        }}
      >
        <TextField label={t("fields.title")} name="title" id="coauthor-title" value={mine.title} onChange={edit("title")} maxLength={200} dir="auto" />
        <TextArea label={t("fields.summary")} name="summary" id="coauthor-summary" value={mine.summary} onChange={edit("summary")} maxLength={1000} rows={4} dir="auto" />
        <TextArea label={t("fields.description")} name="description" id="coauthor-description" value={mine.description} onChange={edit("description")} maxLength={50_000} rows={10} dir="auto" />
        {!conflict && (
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t("saving") : t("save", { section: sectionName })}
          </Button>
        )}
      </form>
    </section>
  );
}
