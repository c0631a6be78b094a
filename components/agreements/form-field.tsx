"use client";
import type { ReactNode } from "react";
import { controlAria, Field, inputClass } from "@/components/forms/field";
import { fieldId } from "./form-types";

export { inputClass };

/** The message under a control, linked to it with aria-describedby (id: `<control id>-error`). */
export function FieldMessage({ path, message }: { path: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={`${fieldId(path)}-error`} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  );
}

/** aria attributes of a control with an optional message and hint. */
export const describe = (path: string, message: string | null, hint?: boolean) => controlAria(fieldId(path), message, hint);

/** A labelled text input or textarea bound to one field of the form. */
export function TextControl({
  path,
  label,
  value,
  onChange,
  message,
  hint,
  multiline,
  rows = 4,
  maxLength,
  type = "text",
  children,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  message: string | null;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  type?: "text" | "date" | "number";
  children?: ReactNode;
}) {
  const aria = describe(path, message, Boolean(hint));
  return (
    <Field id={aria.id} label={label} hint={hint} error={message}>
      {multiline ? (
        <textarea {...aria} dir="auto" className={inputClass} rows={rows} maxLength={maxLength} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...aria}
          type={type}
          dir={type === "text" ? "auto" : "ltr"}
          className={inputClass}
          maxLength={maxLength}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...(type === "number" ? { inputMode: "numeric" as const, min: 1, max: 720, step: 1 } : {})}
        />
      )}
      {children}
    </Field>
  );
}
