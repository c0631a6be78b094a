"use client";
import "@/components/forms/zod-jitless";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray, useForm, type FieldError } from "react-hook-form";
import { useHydrated } from "@/components/auth/use-hydrated";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";
import { updateReviewerProfileInput, type ReviewerProfileFields, type UpdateReviewerProfileInput } from "@/server/reviewer-matching/schemas";
import type { Option, ProfileOptions } from "./profile-options";

type Props = { profile: ReviewerProfileFields; version: number; options: ProfileOptions };

function Checkboxes({ legend, name, options, register, error }: { legend: string; name: string; options: Option[]; register: object; error?: string }) {
  return (
    <fieldset className="mb-5" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="grid max-h-56 grid-cols-1 gap-1 overflow-y-auto rounded border border-gray-200 p-2 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={o.value} {...register} />
            {o.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** The reviewer's own profile: expertise, places and languages known, capacity and periods away. */
export function ReviewerProfileForm({ profile, version: initialVersion, options }: Props) {
  const t = useTranslations("matching.profile");
  const tRoot = useTranslations();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const [version, setVersion] = useState(initialVersion);
  const form = useForm<UpdateReviewerProfileInput>({ resolver: zodResolver(updateReviewerProfileInput), defaultValues: { ...profile, version } });
  const periods = useFieldArray({ control: form.control, name: "unavailable" });
  const mutation = useMutation(
    trpc.matching.updateProfile.mutationOptions({
      onSuccess: (result) => {
        setVersion(result.version);
        form.setValue("version", result.version);
      },
    }),
  );
  const { errors } = form.formState;
  const message = (error: FieldError | undefined) => (error?.message ? tRoot(error.message as never) : undefined);
  const submit = form.handleSubmit((values) => mutation.mutate({ ...values, version }));

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl">
      {mutation.isSuccess && <Alert tone="success">{t("saved")}</Alert>}
      {mutation.error && <Alert tone="error">{errorText.message(mutation.error)}</Alert>}
      <Checkboxes legend={t("sectors")} name="sectors" options={options.sectors} register={form.register("sectors")} error={message(errors.sectors as FieldError)} />
      <Checkboxes legend={t("workingAreas")} name="workingAreas" options={options.workingAreas} register={form.register("workingAreas")} />
      <Checkboxes legend={t("regionsKnown")} name="regionsKnown" options={options.regions} register={form.register("regionsKnown")} />
      <Checkboxes legend={t("countriesKnown")} name="countriesKnown" options={options.countries} register={form.register("countriesKnown")} error={message(errors.countriesKnown as FieldError)} />
      <Checkboxes legend={t("languages")} name="languages" options={options.languages} register={form.register("languages")} error={message(errors.languages as FieldError)} />
      <div className="mb-5">
        <label htmlFor="capacity" className="block text-sm font-medium">
          {t("capacity")}
        </label>
        <input
          id="capacity"
          type="number"
          min={0}
          max={40}
          className="mt-1 block w-32 rounded border border-gray-300 px-3 py-2"
          aria-describedby="capacity-hint"
          aria-invalid={errors.capacity ? true : undefined}
          {...form.register("capacity", { valueAsNumber: true })}
        />
        <p id="capacity-hint" className="mt-1 text-xs text-gray-600">
          {t("capacityHint")}
        </p>
        {errors.capacity && (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {message(errors.capacity)}
          </p>
        )}
      </div>
      <label className="mb-5 flex items-center gap-2 text-sm">
        <input type="checkbox" {...form.register("chairEligible")} />
        {t("chairEligible")}
      </label>
      <fieldset className="mb-5">
        <legend className="mb-1 text-sm font-medium">{t("unavailable")}</legend>
        <p className="mb-2 text-xs text-gray-600">{t("unavailableHint")}</p>
        {periods.fields.map((field, i) => (
          <div key={field.id} className="mb-2 flex flex-wrap items-end gap-2">
            <label className="text-sm">
              {t("from")}
              <input type="date" className="ms-2 rounded border border-gray-300 px-2 py-1" {...form.register(`unavailable.${i}.from`)} />
            </label>
            <label className="text-sm">
              {t("to")}
              <input type="date" className="ms-2 rounded border border-gray-300 px-2 py-1" {...form.register(`unavailable.${i}.to`)} />
            </label>
            <Button variant="secondary" onClick={() => periods.remove(i)}>
              {t("removePeriod")}
            </Button>
            {(errors.unavailable?.[i]?.to || errors.unavailable?.[i]?.from) && (
              <p role="alert" className="w-full text-sm text-red-700">
                {message(errors.unavailable?.[i]?.to ?? errors.unavailable?.[i]?.from)}
              </p>
            )}
          </div>
        ))}
        {periods.fields.length < 12 && (
          <Button variant="secondary" onClick={() => periods.append({ from: "", to: "" })}>
            {t("addPeriod")}
          </Button>
        )}
      </fieldset>
      <Button type="submit" disabled={!hydrated || mutation.isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
