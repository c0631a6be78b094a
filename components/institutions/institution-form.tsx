"use client";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Options, SelectField, TextArea, TextField } from "@/components/forms/field";
import { useErrorText } from "@/components/forms/use-error-text";
import { identifierExample } from "@/components/forms/identifier-example";
import type { InstitutionType } from "@/server/vocabulary";
import { useRouter } from "@/i18n/navigation";
import { countryChoices, type CountryOption } from "./country-options";
import { useFocusOnError } from "@/components/forms/use-focus-on-error";

/** What the inputs hold, as typed (email domains as one comma-separated text). */
export type InstitutionFormValues = {
  name: string;
  acronym: string;
  countryCode: string;
  type: string;
  website: string;
  emailDomains: string;
  description: string;
  rorId: string;
};

export const EMPTY_INSTITUTION_VALUES: InstitutionFormValues = {
  name: "",
  acronym: "",
  countryCode: "",
  type: "",
  website: "",
  emailDomains: "",
  description: "",
  rorId: "",
};

type Option = { value: string; label: string };
type Props = {
  countries: readonly CountryOption[];
  types: readonly Option[];
} & ({ mode: "register" } | { mode: "edit"; institutionId: string; version: number; initial: InstitutionFormValues });

const splitDomains = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((d) => d.trim())
    .filter(Boolean);

const domainCodeOf = (error: unknown) =>
  error instanceof TRPCClientError ? (error.data as { domainCode?: string | null } | undefined)?.domainCode : undefined;

/**
 * Registers an institution, or (mode "edit") lets an owner change its details. The server
 * validates; what the user typed stays in the form whatever the outcome.
 */
export function InstitutionForm(props: Props) {
  const t = useTranslations("dashboard.institutionForm");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const [values, setValues] = useState<InstitutionFormValues>(props.mode === "edit" ? props.initial : EMPTY_INSTITUTION_VALUES);
  const [version, setVersion] = useState(props.mode === "edit" ? props.version : 0);
  const [saved, setSaved] = useState(false);
  const [refreshing, startTransition] = useTransition();

  const register = useMutation(
    trpc.institutions.register.mutationOptions({
      onSuccess: (data) => router.push(`/dashboard/institutions/${data.institutionId}?registered=1`),
    }),
  );
  const update = useMutation(
    trpc.institutions.update.mutationOptions({
      onSuccess: (data) => {
        setVersion(data.version);
        setSaved(true);
        startTransition(() => router.refresh());
      },
    }),
  );
  const mutation = props.mode === "edit" ? update : register;
  const error = mutation.error;
  const messageRef = useFocusOnError<HTMLDivElement>(error);
  const pending = mutation.isPending || refreshing || (props.mode === "register" && register.isSuccess);

  const set = (field: keyof InstitutionFormValues) => (e: { target: { value: string } }) => {
    setSaved(false);
    setValues((v) => ({ ...v, [field]: e.target.value }));
  };

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(false);
    const fields = {
      name: values.name,
      acronym: values.acronym,
      countryCode: values.countryCode,
      type: values.type as InstitutionType,
      website: values.website.trim(),
      emailDomains: splitDomains(values.emailDomains),
      description: values.description,
      rorId: values.rorId,
    };
    if (props.mode === "edit") update.mutate({ ...fields, institutionId: props.institutionId, version });
    else register.mutate(fields);
  }

  const formMessage = error ? (domainCodeOf(error) === "CONFLICT" ? t("conflict") : errorText.message(error)) : null;
  const fieldError = (name: string) => errorText.field(error, name);
  const idPrefix = props.mode === "edit" ? "edit-" : "";
  const common = (name: keyof InstitutionFormValues) => ({
    name: `${idPrefix}${name}`,
    value: values[name],
    onChange: set(name),
    error: fieldError(name),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl">
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {formMessage && <Alert tone="error">{formMessage}</Alert>}
        {saved && !error && <Alert tone="success">{t("saved")}</Alert>}
      </div>
      <TextField label={t("name")} required autoComplete="organization" {...common("name")} />
      <TextField label={t("acronym")} {...common("acronym")} />
      <SelectField label={t("country")} hint={t("countryHint")} required {...common("countryCode")}>
        <Options choose={t("countryPlaceholder")} options={countryChoices(props.countries, values.type, values.countryCode).map((c) => ({ value: c.code, label: c.label }))} />
      </SelectField>
      <SelectField label={t("type")} required {...common("type")}>
        <Options choose={t("typePlaceholder")} options={props.types} />
      </SelectField>
      <TextField label={t("website")} hint={t.rich("websiteHint", { example: identifierExample })} type="url" inputMode="url" required dir="ltr" {...common("website")} />
      <TextField label={t("emailDomains")} hint={t.rich("emailDomainsHint", { example: identifierExample })} required dir="ltr" {...common("emailDomains")} />
      <TextArea label={t("description")} hint={t("descriptionHint")} required dir="auto" {...common("description")} />
      <TextField label={t("rorId")} hint={t.rich("rorIdHint", { example: identifierExample })} dir="ltr" {...common("rorId")} />
      <Button type="submit" disabled={pending}>
        {props.mode === "edit" ? (pending ? t("saving") : t("save")) : pending ? t("registering") : t("register")}
      </Button>
    </form>
  );
}
