// Shapes shared by the proposal form's sections (client-safe, no runtime imports).
import type { ProgrammeFormValues } from "./form-values";

export type Option = { value: string; label: string };
export type CountryChoice = { code: string; label: string; region: string; regionLabel: string };

export type ProgrammeFormOptions = {
  workingAreas: Option[];
  formats: Option[];
  fundingSides: Option[];
  metrics: Option[];
  sectors: Option[];
  mechanisms: Option[];
  countries: CountryChoice[];
  currencies: Option[];
  languages: Option[];
};

/** What every section receives from the form. */
export type SectionProps = {
  values: ProgrammeFormValues;
  set: <K extends keyof ProgrammeFormValues>(field: K, value: ProgrammeFormValues[K]) => void;
  /** The translated server message for a field, or null. */
  error: (field: string) => string | null;
  options: ProgrammeFormOptions;
  /** Only these fields (a co-authoring section editor shows one section's fields); all when absent. */
  only?: readonly string[];
};

/** Whether a section shows a group of fields (any of them is among `only`, or `only` is absent). */
export const shows = (only: readonly string[] | undefined, ...fields: string[]) => !only || fields.some((f) => only.includes(f));

/** The id of a field's control, used by the error summary's links. */
export const fieldId = (field: string) => `pf-${field}`;

/** The fields whose control is one text input, textarea or select. */
export type TextFieldName = { [K in keyof ProgrammeFormValues]: ProgrammeFormValues[K] extends string ? K : never }[keyof ProgrammeFormValues];

/** What ties one text control to its field: its id (the error summary links to it), value, changes and message. */
export const bindField = ({ values, set, error }: Pick<SectionProps, "values" | "set" | "error">, field: TextFieldName) => ({
  name: fieldId(field),
  value: values[field],
  onChange: (e: { target: { value: string } }) => set(field, e.target.value),
  error: error(field),
});
