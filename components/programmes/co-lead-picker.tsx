"use client";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { FieldGroup } from "./form-controls";
import type { InstitutionChoice } from "./form-values";

/**
 * Co-lead institutions: search the verified-institution directory by name or acronym, add
 * several, remove any. The lead institution itself is never offered.
 */
export function CoLeadPicker({
  leadInstitutionId,
  chosen,
  onChange,
  error,
}: {
  leadInstitutionId: string;
  chosen: InstitutionChoice[];
  onChange: (next: InstitutionChoice[]) => void;
  error: string | null;
}) {
  const t = useTranslations("programmes");
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  const search = useQuery({ ...trpc.institutions.directory.queryOptions({ q: query, page: 1 }), enabled: query !== "" });
  const results = (search.data?.items ?? []).filter((i) => i.id !== leadInstitutionId);

  const run = () => setQuery(text.trim());
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault(); // Enter searches; it must not submit the proposal form
      run();
    }
  };

  return (
    <FieldGroup field="coLeadInstitutionIds" legend={t("fields.coLeadInstitutionIds")} hint={t("hints.coLeads")} error={error}>
      <p className="mb-1 text-sm font-medium">{t("form.coLeadChosen")}</p>
      {chosen.length === 0 ? (
        <p className="mb-3 text-sm text-gray-700">{t("form.coLeadNone")}</p>
      ) : (
        <ul className="mb-3 divide-y divide-gray-100 rounded border border-gray-200">
          {chosen.map((c) => (
            <li key={c.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
              <span>{c.name}</span>
              <Button variant="secondary" aria-label={t("form.coLeadRemoveLabel", { institution: c.name })} onClick={() => onChange(chosen.filter((x) => x.id !== c.id))}>
                {t("form.coLeadRemove")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="grow">
          <label htmlFor="pf-colead-search" className="block text-sm font-medium">
            {t("form.coLeadSearch")}
          </label>
          <input
            id="pf-colead-search"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
            className="mt-1 block w-full rounded border border-gray-300 bg-white px-3 py-2 text-base"
          />
        </div>
        <Button variant="secondary" onClick={run} disabled={text.trim() === ""}>
          {t("form.coLeadSearchButton")}
        </Button>
      </div>
      <div aria-live="polite" className="mt-2">
        {search.isFetching && <p className="text-sm text-gray-700">{t("form.searching")}</p>}
        {query !== "" && search.isSuccess && !search.isFetching && (
          <>
            {results.length === 0 ? (
              <p className="text-sm text-gray-700">{t("form.coLeadNoResults")}</p>
            ) : (
              <ul aria-label={t("form.coLeadResults")} className="divide-y divide-gray-100 rounded border border-gray-200">
                {results.map((i) => {
                  const added = chosen.some((c) => c.id === i.id);
                  const name = i.acronym ? `${i.name} (${i.acronym})` : i.name;
                  return (
                    <li key={i.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
                      <span>{name}</span>
                      {added ? (
                        <span className="text-gray-700">{t("form.coLeadAdded")}</span>
                      ) : (
                        <Button
                          variant="secondary"
                          aria-label={t("form.coLeadAddLabel", { institution: i.name })}
                          onClick={() => onChange([...chosen, { id: i.id, name: i.name }])}
                        >
                          {t("form.coLeadAdd")}
                        </Button>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        )}
      </div>
    </FieldGroup>
  );
}
