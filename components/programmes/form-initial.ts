import { readContent } from "./content-view";
import { rowKey, type InstitutionChoice, type ProgrammeFormValues } from "./form-values";

const numText = (n: number | undefined) => (n === undefined ? "" : String(n));

/** Form values from a programme's stored fields; co-lead names come from the server. */
export function valuesFromContent(content: Record<string, unknown>, coLeads: readonly InstitutionChoice[]): ProgrammeFormValues {
  const c = readContent(content);
  return {
    title: c.title ?? "",
    summary: c.summary ?? "",
    description: c.description ?? "",
    workingArea: c.workingArea ?? "",
    format: c.format ?? "",
    sectors: c.sectors,
    mechanismCode: c.mechanismCode ?? "",
    coLeads: c.coLeadInstitutionIds.map((id) => ({ id, name: coLeads.find((x) => x.id === id)?.name ?? id })),
    hubCountry: c.hubCountry ?? "",
    spilloverCountries: c.spilloverCountries,
    startDate: c.startDate ?? "",
    endDate: c.endDate ?? "",
    applicationDeadline: c.applicationDeadline ?? "",
    budgetAmount: numText(c.budgetAmount),
    budgetCurrency: c.budgetCurrency ?? "",
    fundingSources: c.fundingSources.map((f) => ({ key: rowKey(), name: f.name, side: f.side, amount: numText(f.amount) })),
    capacity: numText(c.capacity),
    languages: c.languages,
    outcomes: c.outcomes.map((o) => ({ key: rowKey(), metric: o.metric, target: numText(o.target), description: o.description })),
    involvesDataSharing: c.involvesDataSharing ?? false,
  };
}

