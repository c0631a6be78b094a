"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useHydrated } from "@/components/auth/use-hydrated";
import { domainCodeOf } from "@/components/programmes/error-summary";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Options, SelectField, TextArea, TextField } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { Link } from "@/i18n/navigation";

const MOTIVATION_MAX = 5000;
/** Refusals with their own, more precise wording on this page. */
const OWN_MESSAGES = ["INELIGIBLE_COUNTRY", "INSTITUTION_NOT_ACTIVE", "PROGRAMME_FULL", "DEADLINE_PASSED", "ALREADY_APPLIED", "INVALID_TRANSITION", "VALIDATION", "NOT_FOUND"];

type Props = {
  programmeId: string;
  reference: string;
  leadName: string;
  institutions: { id: string; name: string }[];
  contact: { name: string; email: string };
};

/**
 * The application form: on behalf of which institution, motivation, contact person. Refusals
 * are shown above the form and next to the fields, and everything typed stays in place; after
 * success the form gives way to a confirmation with a link to the dashboard.
 */
export function ApplyForm({ programmeId, reference, leadName, institutions, contact }: Props) {
  const t = useTranslations("participation.apply");
  const tRoot = useTranslations();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const [institutionId, setInstitutionId] = useState(institutions.length === 1 ? institutions[0]!.id : "");
  const [motivation, setMotivation] = useState("");
  const [contactName, setContactName] = useState(contact.name);
  const [contactEmail, setContactEmail] = useState(contact.email);
  const [institutionMissing, setInstitutionMissing] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const apply = useMutation(trpc.participation.applyTo.mutationOptions());
  const busy = !hydrated || apply.isPending;

  useEffect(() => {
    if (apply.error || apply.isSuccess) messageRef.current?.focus();
  }, [apply.error, apply.isSuccess]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setInstitutionMissing(!institutionId);
    if (!institutionId) return;
    apply.mutate({ programmeId, institutionId, motivation, contactName, contactEmail });
  };

  const chosen = institutions.find((i) => i.id === institutionId)?.name ?? "";
  if (apply.isSuccess) {
    return (
      <div ref={messageRef} tabIndex={-1} role="status" className="rounded border border-green-300 bg-green-50 px-4 py-3 text-green-900 outline-none">
        <p className="mb-2">{t("sent", { institution: chosen, lead: leadName })}</p>
        <p className="flex flex-wrap gap-x-6 gap-y-1">
          <Link href="/dashboard" className="font-medium underline">
            {t("toDashboard")}
          </Link>
          <Link href={`/programmes/${reference}`} className="underline">
            {t("backToProgramme")}
          </Link>
        </p>
      </div>
    );
  }

  const field = (name: string) => (apply.error ? errorText.field(apply.error, name) : null);
  const fieldRefused = ["institutionId", "motivation", "contactName", "contactEmail"].some((name) => field(name));
  const code = domainCodeOf(apply.error) ?? (fieldRefused ? "VALIDATION" : null);
  const message = apply.error ? (code && OWN_MESSAGES.includes(code) ? t(`errors.${code}`) : errorText.message(apply.error)) : null;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="apply-form-heading" className="max-w-2xl">
      <h2 id="apply-form-heading" className="sr-only">
        {t("title")}
      </h2>
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {message && (
          <div role="alert" className="mb-4 rounded border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
            <p className="font-semibold">{t("refused")}</p>
            <p className="mt-1">{message}</p>
          </div>
        )}
      </div>
      <SelectField
        label={t("institution")}
        name="apply-institution"
        hint={t("institutionHint")}
        value={institutionId}
        onChange={(e) => setInstitutionId(e.target.value)}
        error={institutionMissing ? tRoot("validation.required") : field("institutionId")}
        required
        aria-required="true"
      >
        <Options choose={institutions.length !== 1 ? t("choose") : undefined} options={institutions.map((i) => ({ value: i.id, label: i.name }))} />
      </SelectField>
      <TextArea
        label={t("motivation")}
        name="apply-motivation"
        hint={t("motivationHint")}
        value={motivation}
        onChange={(e) => setMotivation(e.target.value)}
        error={field("motivation")}
        required
        aria-required="true"
        maxLength={MOTIVATION_MAX}
        rows={8}
      />
      <TextField
        label={t("contactName")}
        name="apply-contact-name"
        hint={t("contactNameHint")}
        value={contactName}
        onChange={(e) => setContactName(e.target.value)}
        error={field("contactName")}
        required
        aria-required="true"
        autoComplete="name"
        maxLength={120}
      />
      <TextField
        label={t("contactEmail")}
        name="apply-contact-email"
        type="email"
        dir="ltr"
        value={contactEmail}
        onChange={(e) => setContactEmail(e.target.value)}
        error={field("contactEmail")}
        required
        aria-required="true"
        autoComplete="email"
        maxLength={254}
      />
      <Button type="submit" disabled={busy}>
        {apply.isPending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
