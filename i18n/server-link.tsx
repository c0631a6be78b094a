import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { localizedHref, type Href } from "./localized-href";

export type ServerLinkProps = Omit<ComponentProps<"a">, "href"> & { href: Href };

/**
 * The localized link of Server Components: a plain <a> whose locale prefix is added on the server.
 * A page linking with it ships no link code at all — neither the next-intl client Link (and the
 * NextIntlClientProvider it reads the locale from, use-intl: 13 KB compressed) nor `next/link`
 * (3 KB, not part of the Next runtime) — and prefetches nothing a reader did not ask for; a
 * click loads the next page as a document. Client components keep `Link` from
 * `@/i18n/navigation`, inside a `ClientMessages` boundary that provides the locale.
 */
export async function Link({ href, ...rest }: ServerLinkProps) {
  const locale = await getLocale();
  return <a href={localizedHref(locale, href)} {...rest} />;
}
