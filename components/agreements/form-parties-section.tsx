"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { PartyRole } from "@/server/vocabulary";
import { FieldMessage, describe, inputClass } from "./form-field";
import { fieldId, type SectionProps } from "./form-types";
import { rowKey, type PartyRow } from "./form-values";
import { Options } from "@/components/forms/field";

// The roles in the order offered (the schema's PARTY_ROLES, kept here so no schema code reaches the browser).
const PARTY_ROLES = ["provider", "recipient", "both"] as const satisfies readonly PartyRole[];

/** The parties: each an institution of the programme with its role (provider, recipient or both). */
export function PartiesSection({ values, set, message, options }: SectionProps) {
  const t = useTranslations("agreements");
  const rows = values.parties;
  const update = (key: string, patch: Partial<PartyRow>) => set("parties", rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const chosen = new Set(rows.map((r) => r.institutionId));
  const free = options.candidates.filter((c) => !chosen.has(c.id));
  const nameOf = (id: string) => options.candidates.find((c) => c.id === id)?.name ?? id;

  return (
    <fieldset id={fieldId("parties")} tabIndex={-1} className="mb-8 rounded border border-gray-200 bg-white p-4 outline-none">
      <legend className="px-1 text-lg font-semibold">{t("form.sections.parties")}</legend>
      <p id={`${fieldId("parties")}-hint`} className="mb-2 text-xs text-gray-600">
        {t("form.partiesHint")}
      </p>
      <FieldMessage path="parties" message={message("parties")} />
      {rows.length === 0 && <p className="mb-2 text-sm text-gray-700">{t("form.noRows")}</p>}
      <ol className="space-y-3">
        {rows.map((row, index) => {
          const institution = describe(`parties.${index}.institutionId`, message(`parties.${index}.institutionId`));
          const role = describe(`parties.${index}.role`, message(`parties.${index}.role`));
          return (
            <li key={row.key}>
              <fieldset className="rounded border border-gray-200 p-3">
                <legend className="px-1 text-sm font-medium">{t("form.party", { number: index + 1 })}</legend>
                <div className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
                  <div>
                    <label htmlFor={institution.id} className="block text-sm">
                      {t("form.partyInstitution")}
                    </label>
                    <select {...institution} className={inputClass} value={row.institutionId} onChange={(e) => update(row.key, { institutionId: e.target.value })}>
                      <option value="">{t("form.choose")}</option>
                      {row.institutionId && !free.some((c) => c.id === row.institutionId) && <option value={row.institutionId}>{nameOf(row.institutionId)}</option>}
                      {free.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div>
                    <label htmlFor={role.id} className="block text-sm">
                      {t("form.partyRole")}
                    </label>
                    <select {...role} className={inputClass} value={row.role} onChange={(e) => update(row.key, { role: e.target.value as PartyRow["role"] })}>
                      <Options choose={t("form.choose")} options={PARTY_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
                    </select>
                  </div>
                  <Button variant="secondary" aria-label={t("form.removeParty", { number: index + 1 })} onClick={() => set("parties", rows.filter((r) => r.key !== row.key))}>
                    {t("form.remove")}
                  </Button>
                </div>
                <FieldMessage path={`parties.${index}.institutionId`} message={message(`parties.${index}.institutionId`)} />
                <FieldMessage path={`parties.${index}.role`} message={message(`parties.${index}.role`)} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      {free.length > 0 ? (
        <Button variant="secondary" className="mt-3" onClick={() => set("parties", [...rows, { key: rowKey(), institutionId: "", role: "" }])}>
          {t("form.addParty")}
        </Button>
      ) : (
        <p className="mt-3 text-sm text-gray-700">{t("form.noCandidates")}</p>
      )}
    </fieldset>
  );
}
