// Locale facts shared by routing, the server and the domain (no Next.js import here).
export const LOCALES = ["en", "fr", "es", "ar", "zh", "ru", "pt"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const RTL_LOCALES: readonly Locale[] = ["ar"];

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);
export const directionOf = (locale: Locale) => (RTL_LOCALES.includes(locale) ? "rtl" : "ltr");

/** Each language named in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  es: "Español",
  ar: "العربية",
  zh: "中文",
  ru: "Русский",
  pt: "Português",
};

/** The message catalogue is split by namespace: messages/<locale>/<namespace>.json. */
export const NAMESPACES = [
  "common",
  "home",
  "auth",
  "institutions",
  "dashboard",
  "admin",
  "validation",
  "errors",
  "email",
  "programmes",
  "reviewDesk",
  "matching",
  "reviews",
  "notifications",
  "catalogue",
  "participation",
  "agreements",
  "agreementChecks",
  "transparency",
  "reference",
  "developers",
  "forms",
  "outbox",
  "verification",
  "stepUp",
  "coauthoring",
  "discussions",
] as const;
export type Namespace = (typeof NAMESPACES)[number];
