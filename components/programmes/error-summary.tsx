"use client";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { forwardRef } from "react";
import { useErrorText } from "@/components/ui/use-error-text";
import { Link } from "@/i18n/navigation";
import { FORM_FIELDS } from "./form-values";

type ErrorData = { domainCode?: string | null; fieldErrors?: Record<string, string[] | undefined> | null };

const dataOf = (error: unknown): ErrorData | undefined => (error instanceof TRPCClientError ? (error.data as ErrorData | undefined) : undefined);

export const domainCodeOf = (error: unknown) => dataOf(error)?.domainCode ?? null;

/** The fields the server refused, in the order of the form. */
export function refusedFields(error: unknown): string[] {
  const fields = dataOf(error)?.fieldErrors;
  if (!fields) return [];
  const names = Object.keys(fields).filter((f) => fields[f]?.length);
  const order = FORM_FIELDS as readonly string[];
  const rank = (f: string) => (order.includes(f) ? order.indexOf(f) : order.length);
  return names.sort((a, b) => rank(a) - rank(b));
}

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
