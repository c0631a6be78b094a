"use client";
import { useTranslations } from "next-intl";
import { fieldId } from "./form-types";
import { problemLabel } from "./problem-label";

/** The refused fields at the top of the form, each linking to its control, with its message. */
export function FormSummary({ title, fields, message }: { title: string; fields: string[]; message: (path: string) => string | null }) {
  const t = useTranslations("agreements");
  return (
    <div role="alert" className="mb-4 rounded border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-semibold">{title}</p>
      <ul className="mt-2 list-disc space-y-1 ps-5">
        {fields.map((path) => (
          <li key={path}>
            <a href={`#${fieldId(path)}`} className="underline">
              {problemLabel(path, t)}
            </a>
            {message(path) && <span className="block">{message(path)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
