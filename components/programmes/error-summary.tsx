"use client";
import { useTranslations } from "next-intl";
import { forwardRef } from "react";
import { domainCodeOf, refusedFields as refusedIn } from "@/components/forms/server-error";
import { useErrorText } from "@/components/forms/use-error-text";
import { Link } from "@/i18n/navigation";
import { FORM_FIELDS } from "./form-values";

export { domainCodeOf };

/** The fields the server refused, in the order of the form. */
export const refusedFields = (error: unknown): string[] => refusedIn(error, FORM_FIELDS);

/**
 * The list of refused fields at the top of a form, each linking to its field (same page:
 * "#pf-…"; another page: `page` + "#pf-…"). Focusable so that it can take focus after an error.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { error: unknown; title: string; page?: string }>(function ErrorSummary({ error, title, page }, ref) {
  const t = useTranslations("programmes.fields");
  const errorText = useErrorText();
  const fields = refusedFields(error);
  if (fields.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="mb-4 rounded border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 outline-none">
      <p className="font-semibold">{title}</p>
      <ul className="mt-2 list-disc space-y-1 ps-5">
        {fields.map((field) => {
          const label = t.has(field) ? t(field) : field;
          const message = errorText.field(error, field);
          const hash = `#pf-${field}`;
          return (
            <li key={field}>
              {page ? (
                <Link href={`${page}${hash}`} className="underline">
                  {label}
                </Link>
              ) : (
                <a href={hash} className="underline">
                  {label}
                </a>
              )}
              {message && <span className="block">{message}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
});
