// Reads a paged open-data list to its end by following `Link: <…>; rel="next"`, as a client would.
type Get = (request: Request) => Promise<Response>;

export const nextLink = (response: Response): string | null => /<([^>]+)>;\s*rel="next"/.exec(response.headers.get("link") ?? "")?.[1] ?? null;

/** Every page's response text, in order, starting from `url`. */
export async function allPages(get: Get, url: string, maxPages = 200): Promise<string[]> {
  const pages: string[] = [];
  for (let next: string | null = url; next && pages.length < maxPages; ) {
    const response = await get(new Request(next));
    if (response.status !== 200) throw new Error(`${next} answered ${response.status}`);
    pages.push(await response.text());
    next = nextLink(response);
  }
  return pages;
}
