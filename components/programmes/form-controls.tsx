"use client";
import type { ReactNode } from "react";
import { Field } from "@/components/forms/field";
import type { Option } from "./form-types";
import { fieldId } from "./form-types";

/**
 * A labelled group of controls (checkboxes, repeated rows): the kernel's field as a fieldset, which
 * takes focus from the error summary's link.
 */
export function FieldGroup({ field, legend, hint, error, children }: { field: string; legend: string; hint?: string; error?: string | null; children: ReactNode }) {
  return (
    <Field group id={fieldId(field)} label={legend} hint={hint} error={error}>
      {children}
    </Field>
  );
}

/** Checkboxes for a multiple choice, in columns on wide screens. */
export function CheckboxList({
  name,
  options,
  chosen,
  onChange,
  max,
}: {
  name: string;
  options: readonly Option[];
  chosen: readonly string[];
  onChange: (next: string[]) => void;
  max?: number;
}) {
  const toggle = (value: string, on: boolean) => onChange(on ? [...chosen, value] : chosen.filter((v) => v !== value));
  return (
    <ul className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
      {options.map((o) => {
        const checked = chosen.includes(o.value);
        return (
          <li key={o.value}>
            <label className="flex min-h-8 items-start gap-2 text-sm">
              <input
                type="checkbox"
                name={name}
                value={o.value}
                checked={checked}
                disabled={!checked && max !== undefined && chosen.length >= max}
                onChange={(e) => toggle(o.value, e.target.checked)}
                className="mt-1 size-4 shrink-0"
              />
              <span>{o.label}</span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
