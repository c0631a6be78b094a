"use client";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import type { Section } from "@/server/coauthoring/schemas";
import type { ProgrammeFormOptions, SectionProps } from "../form-types";
import type { ProgrammeFormValues } from "../form-values";
import { ConflictResolver } from "./conflict-resolver";
import { SectionFields } from "./section-fields";
import { formValuesOf, sectionDraft, sectionFields, serverSectionOf } from "./section-values";

type Props = { programmeId: string; section: Section; version: number; values: Record<string, unknown>; options: ProgrammeFormOptions; leadInstitutionId: string };

/**
 * One section of the proposal (its fields drawn by the proposal form's own section components),
 * saved on its own version. When somebody saved it in between, the server's CONFLICT carries
 * their values and the author resolves it field by field (ConflictResolver), then saves on the
 * version the server holds.
 */
export function SectionEditor({ programmeId, section, version: loadedVersion, values, options, leadInstitutionId }: Props) {
  const t = useTranslations("coauthoring");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [base, setBase] = useState<ProgrammeFormValues>(() => formValuesOf(values));
  const [mine, setMine] = useState<ProgrammeFormValues>(() => formValuesOf(values));
  const [version, setVersion] = useState(loadedVersion);
  const [theirs, setTheirs] = useState<{ version: number; values: ProgrammeFormValues } | null>(null);
  const [saved, setSaved] = useState(false);

  const save = useMutation(
    trpc.coauthoring.saveSection.mutationOptions({
      onSuccess: (result, input) => {
        const kept = formValuesOf(input.values);
        setBase(kept);
        setMine(kept);
        setVersion(result.sectionVersion);
        setTheirs(null);
        setSaved(true);
        router.refresh();
      },
      onError: (error) => {
        const current = error instanceof TRPCClientError ? serverSectionOf(error.data) : null;
        if (current) setTheirs({ version: current.version, values: formValuesOf(current.values) });
      },
    }),
  );

  const send = (chosen: ProgrammeFormValues, onVersion: number) => {
    setSaved(false);
    save.mutate({ programmeId, section, version: onVersion, values: sectionDraft(section, chosen) } as Parameters<typeof save.mutate>[0]);
  };
  const set: SectionProps["set"] = (field, value) => {
    setSaved(false);
    setMine((m) => ({ ...m, [field]: value }));
  };
  const sectionName = t(`sections.${section}`);
  const conflict = theirs !== null;
  const headingId = `section-${section}-heading`;

  return (
    <section aria-labelledby={headingId} className="mb-8 rounded border border-gray-200 p-4" data-testid={`section-${section}`}>
      <h2 id={headingId} className="mb-1 text-xl font-semibold">
        {sectionName}
      </h2>
      <p className="mb-4 text-sm text-gray-700" data-testid="section-version">
        {t("version", { version })}
      </p>
      <div aria-live="polite">{saved && <Alert tone="success">{t("saved", { section: sectionName })}</Alert>}</div>
      {save.error && !conflict && <Alert tone="error">{errorText.message(save.error)}</Alert>}
      {conflict && (
        <ConflictResolver
          fields={sectionFields(section)}
          base={base}
          theirs={theirs.values}
          mine={mine}
          options={options}
          busy={save.isPending}
          onResolve={(chosen) => send(chosen, theirs.version)}
        />
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          send(mine, version);
        }}
      >
        <SectionFields
          section={section}
          values={mine}
          set={set}
          error={(field) => errorText.field(save.error, field)}
          options={options}
          only={sectionFields(section)}
          leadInstitutionId={leadInstitutionId}
        />
        {!conflict && (
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t("saving") : t("save", { section: sectionName })}
          </Button>
        )}
      </form>
    </section>
  );
}
