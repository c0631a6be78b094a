"use client";
import { useTranslations } from "next-intl";
import type { Option, ProgrammeFormOptions } from "../form-types";
import type { ProgrammeFormValues } from "../form-values";
import type { SectionFormField } from "./section-values";

const labelIn = (list: readonly Option[], value: string) => list.find((o) => o.value === value)?.label ?? value;

/** A field's value as text for the conflict's side-by-side view: choices by their names, rows one a line. */
export function useShowValue(options: ProgrammeFormOptions) {
  const t = useTranslations("coauthoring");
  const countries = options.countries.map((c) => ({ value: c.code, label: c.label }));
  return (field: SectionFormField, v: ProgrammeFormValues): string => {
    switch (field) {
      case "workingArea":
        return v.workingArea && labelIn(options.workingAreas, v.workingArea);
      case "format":
        return v.format && labelIn(options.formats, v.format);
      case "mechanismCode":
        return v.mechanismCode && labelIn(options.mechanisms, v.mechanismCode);
      case "hubCountry":
        return v.hubCountry && labelIn(countries, v.hubCountry);
      case "budgetCurrency":
        return v.budgetCurrency && labelIn(options.currencies, v.budgetCurrency);
      case "sectors":
        return v.sectors.map((s) => labelIn(options.sectors, s)).join(", ");
      case "spilloverCountries":
        return v.spilloverCountries.map((c) => labelIn(countries, c)).join(", ");
      case "languages":
        return v.languages.map((l) => labelIn(options.languages, l)).join(", ");
      case "fundingSources":
        return v.fundingSources.map((r) => [r.name, r.side && labelIn(options.fundingSides, r.side), r.amount].filter(Boolean).join(" · ")).join("\n");
      case "outcomes":
        return v.outcomes.map((r) => [r.metric && labelIn(options.metrics, r.metric), r.target, r.description].filter(Boolean).join(" · ")).join("\n");
      case "involvesDataSharing":
        return t(v.involvesDataSharing ? "conflict.yes" : "conflict.no");
      default:
        return v[field];
    }
  };
}
