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
import { Section } from "@/components/ui/section";

type Props = { programmeId: string; templates: string[] };

/** Starts a draft agreement for the programme from a template; then opens its form. */
export function NewAgreementForm({ programmeId, templates }: Props) {
  const t = useTranslations("agreements");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [template, setTemplate] = useState(templates[0] ?? "");
  const [title, setTitle] = useState("");
  const create = useMutation(trpc.agreements.create.mutationOptions({ onSuccess: (r) => router.push(`/agreements/${r.agreementId}/edit?created=1`) }));
  const messageRef = useFocusOnError<HTMLDivElement>(create.error);
  const titleKey = errorText.field(create.error, "title");

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ programmeId, template: template as "pilot_personal_data", title });
  }

  return (
    <Section id="new-agreement-heading" title={t("create.title")} className="mb-10 max-w-3xl rounded border border-gray-200 bg-white p-4" headingClassName="mb-1 text-xl font-semibold">
      <p className="mb-4 text-sm text-gray-700">{t("create.intro")}</p>
      <form onSubmit={onSubmit} noValidate>
        <div ref={messageRef} tabIndex={-1} className="outline-none">
          {create.error != null && !titleKey && <Alert tone="error">{errorText.message(create.error)}</Alert>}
        </div>
        <fieldset className="mb-4">
          <legend className="mb-2 block text-sm font-medium">{t("create.template")}</legend>
          <ul className="space-y-2">
            {templates.map((code) => (
              <li key={code}>
                <label className="flex items-start gap-2 text-sm">
                  <input type="radio" name="template" value={code} checked={template === code} onChange={() => setTemplate(code)} className="mt-1 size-4 shrink-0" aria-describedby={`template-${code}-hint`} />
                  <span>
                    <span className="font-medium">{t.has(`templates.${code}`) ? t(`templates.${code}`) : code}</span>
                    <span id={`template-${code}-hint`} className="block text-gray-700">
                      {t.has(`templateHints.${code}`) ? t(`templateHints.${code}`) : ""}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <TextField
          label={t("create.agreementTitle")}
          name="agreement-title"
          value={title}
          maxLength={200}
          required
          hint={t("create.titleHint")}
          error={titleKey}
          onChange={(e) => setTitle(e.target.value)}
        />
        <Button type="submit" disabled={create.isPending || create.isSuccess || template === ""}>
          {create.isPending || create.isSuccess ? t("create.creating") : t("create.submit")}
        </Button>
      </form>
    </Section>
  );
}
