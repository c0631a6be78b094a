import { setRequestLocale } from "next-intl/server";

/** The query of a page request, as Next.js hands it to the page. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The props of a page under `[locale]` that reads its query: `LocalePageProps<{ id: string }>` adds route params. */
export type LocalePageProps<Extra extends Record<string, string> = Record<never, never>> = {
  params: Promise<{ locale: string } & Extra>;
  searchParams: SearchParams;
};

/**
 * The skeleton every `[locale]` page starts with: its route params and query read together,
 * and the locale set for next-intl's server functions. `const { locale, query } = await openPage(props)`.
 */
export async function openPage<Extra extends Record<string, string> = Record<never, never>>(props: {
  params: LocalePageProps<Extra>["params"];
  searchParams?: SearchParams;
}) {
  const [route, query] = await Promise.all([props.params, props.searchParams ?? Promise.resolve({} as Awaited<SearchParams>)]);
  setRequestLocale(route.locale);
  return { ...route, query };
}

/** One query value as a string (a repeated or missing one: undefined). */
export const queryValue = (query: Awaited<SearchParams>, key: string) => {
  const value = query[key];
  return typeof value === "string" ? value : undefined;
};
