import { NAMESPACES, type Locale } from "./locales";

type Messages = Record<string, unknown>;

/** Loads and merges every namespace file of one locale. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const parts = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, ((await import(`../messages/${locale}/${ns}.json`)) as { default: Messages }).default] as const),
  );
  return Object.fromEntries(parts);
}
