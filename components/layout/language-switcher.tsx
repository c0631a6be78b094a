"use client";
import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import { LOCALE_NAMES, LOCALES } from "@/i18n/locales";

function Links() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const current = useLocale();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <ul className="absolute end-0 z-20 mt-1 w-40 rounded border border-gray-200 bg-white py-1 shadow">
      {LOCALES.map((locale) => (
        <li key={locale}>
          <Link
            href={href}
            locale={locale}
            lang={locale}
            aria-current={locale === current ? "true" : undefined}
            className="block px-3 py-1 hover:bg-brand-50 aria-[current]:font-semibold"
          >
            {LOCALE_NAMES[locale]}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A <details> menu: opens without JavaScript; keeps the current page and its query string. */
export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale() as keyof typeof LOCALE_NAMES;
  return (
    <details className="relative">
      <summary className="cursor-pointer rounded px-2 py-1 hover:bg-brand-50">
        <span className="sr-only">{label}: </span>
        {LOCALE_NAMES[current]}
      </summary>
      <Suspense fallback={null}>
        <Links />
      </Suspense>
    </details>
  );
}
