"use client";
import type { ReactNode } from "react";
import { fieldId } from "./form-types";

export const inputClass = "mt-1 block w-full rounded border border-gray-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600";

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
export function describe(path: string, message: string | null, hint?: boolean) {
  const id = fieldId(path);
  const by = [message ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": message ? true : undefined, "aria-describedby": by || undefined } as const;
}

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
    <div className="mb-4">
      <label htmlFor={aria.id} className="block text-sm font-medium">
        {label}
      </label>
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
      {hint && (
        <p id={`${aria.id}-hint`} className="mt-1 text-xs text-gray-600">
          {hint}
        </p>
      )}
      <FieldMessage path={path} message={message} />
      {children}
    </div>
  );
}
