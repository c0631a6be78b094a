/** The `?page=` of a paged list: a whole number from 1 to 1000, anything else is page 1. */
export function pageNumber(raw: string | undefined): number {
  const n = Number(raw ?? "1");
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
}
