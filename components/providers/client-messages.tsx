import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages } from "@/i18n/pick-messages";

/**
 * A client boundary's messages: wraps client components in a NextIntlClientProvider that carries
 * only the namespaces (or sub-trees, "programmes.lifecycle") they translate with. Server
 * components translate on the server and need none of this; the root layout ships no messages.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
