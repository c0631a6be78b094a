import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages } from "@/i18n/pick-messages";

/**
 * A client boundary's messages: wraps client components in a NextIntlClientProvider that carries
 * only the namespaces (or sub-trees, "programmes.lifecycle") they translate with, and the locale
 * (for `Link` from `@/i18n/navigation`). Server components translate on the server and need none
 * of this; the root layout has no provider, so public pages ship no use-intl.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
