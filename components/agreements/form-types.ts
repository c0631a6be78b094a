// Shapes shared by the agreement form's sections (client-safe, no runtime imports).
import type { AgreementFormValues } from "./form-values";

export type Option = { value: string; label: string };

/** The origin country's rule as the safeguard select needs it (absent: no rule known, any safeguard accepted). */
export type SafeguardRule = { required: boolean; accepted: string[] };

export type AgreementFormOptions = {
  /** Institutions that may be parties: the programme's lead, co-leads and accepted participants. */
  candidates: { id: string; name: string; countryCode: string }[];
  countries: Option[];
  /** Every safeguard code with its translated name. */
  safeguards: Option[];
  rules: Record<string, SafeguardRule>;
};

export type SectionProps = {
  values: AgreementFormValues;
  set: <K extends keyof AgreementFormValues>(field: K, value: AgreementFormValues[K]) => void;
  /** The translated message for a field or a row's field ("transfers.0.safeguard"), or null. */
  message: (path: string) => string | null;
  options: AgreementFormOptions;
};

/** The id of a field's control (error summary links point here): "transfers.0.safeguard" → "af-transfers-0-safeguard". */
export const fieldId = (path: string) => `af-${path.replace(/\./g, "-")}`;
