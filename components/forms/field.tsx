import type { ComponentProps, ReactNode } from "react";

/** THE class of a text input, textarea or select. */
export const inputClass = "mt-1 block w-full rounded border border-gray-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600";

/** The aria attributes of a control with an optional message and hint: `<id>-error`, `<id>-hint`. */
export function controlAria(id: string, error?: string | null, hint?: boolean | string) {
  const by = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": by || undefined } as const;
}

type FieldProps = {
  /** The control's id (a group's fieldset id); hint and message ids derive from it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** A group of controls (checkboxes, repeated rows): a fieldset with a legend that takes focus from an error link. */
  group?: boolean;
  className?: string;
  children: ReactNode;
};

/**
 * THE field: label (or legend), the control, hint and message, rendered once for every form.
 * The message is announced (role="alert") and linked to the control by `controlAria`.
 */
export function Field({ id, label, hint, error, group = false, className = "mb-4", children }: FieldProps) {
  const notes = (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-gray-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700" role="alert">
          {error}
        </p>
      )}
    </>
  );
  if (group) {
    const { "aria-invalid": invalid, "aria-describedby": describedBy } = controlAria(id, error, Boolean(hint));
    return (
      <fieldset id={id} tabIndex={-1} aria-describedby={describedBy} aria-invalid={invalid} className={`${className} min-w-0 outline-none`}>
        <legend className="block text-sm font-medium">{label}</legend>
        {notes}
        <div className="mt-2">{children}</div>
      </fieldset>
    );
  }
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {notes}
    </div>
  );
}

type Labelled = { label: string; name: string; id?: string; error?: string | null; hint?: ReactNode };

/** A labelled input; `ref` and the rest pass to the input (so `{...form.register("x")}` works). */
export function TextField({ label, name, id = name, error, hint, className, ...props }: Labelled & ComponentProps<"input">) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input name={name} {...controlAria(id, error, Boolean(hint))} className={className ?? inputClass} {...props} />
    </Field>
  );
}

/** A labelled textarea; what a person writes keeps its own direction (`dir="auto"`, user content). */
export function TextArea({ label, name, id = name, error, hint, ...props }: Labelled & ComponentProps<"textarea">) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea name={name} {...controlAria(id, error, Boolean(hint))} className={inputClass} rows={5} dir="auto" {...props} />
    </Field>
  );
}

/** A labelled select. */
export function SelectField({ label, name, id = name, error, hint, children, ...props }: Labelled & ComponentProps<"select">) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <select name={name} {...controlAria(id, error, Boolean(hint))} className={inputClass} {...props}>
        {children}
      </select>
    </Field>
  );
}

/** The options of a select: with `choose`, a first option with an empty value ("choose…", "all …"); then each option. */
export function Options({ choose, options }: { choose?: string; options: readonly { value: string | number; label: string }[] }) {
  return (
    <>
      {choose !== undefined && <option value="">{choose}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}
