/** The first value of a query parameter (?a=1&a=2 → "1"), or undefined. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A positive page number from the query string; anything else is page 1. */
export function pageParam(value: string | string[] | undefined, max = 10_000): number {
  const n = Number(firstParam(value));
  return Number.isInteger(n) && n >= 1 && n <= max ? n : 1;
}
