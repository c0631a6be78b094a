/**
 * "ltr" for a value made of digits and signs only ("<5", "12", "1,234"), so that a right-to-left
 * page never shows "<5" as "5>"; undefined for anything with letters (a word, a currency name),
 * which keeps the page's direction.
 */
export function numberDirection(value: string): "ltr" | undefined {
  return /\p{L}/u.test(value) ? undefined : "ltr";
}
