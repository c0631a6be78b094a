/** The query of a page request, as Next.js hands it to the page. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The props of a page under `[locale]` that reads its query: `LocalePageProps<{ id: string }>` adds route params. */
export type LocalePageProps<Extra extends Record<string, string> = Record<never, never>> = {
  params: Promise<{ locale: string } & Extra>;
  searchParams: SearchParams;
};
