import { describe, expect, it } from "vitest";
import { urlInLocale } from "@/i18n/current-url";

describe("the language switcher's addresses", () => {
  it("keeps the page and its query string when the locale changes", () => {
    expect(urlInLocale("/fr/institutions?region=Africa&page=2", "es")).toBe("/es/institutions?region=Africa&page=2");
  });
  it("maps the home page of one locale to the home page of another", () => {
    expect(urlInLocale("/ar", "zh")).toBe("/zh");
  });
  it("adds a locale to an address that had none, and falls back to the home page without an address", () => {
    expect(urlInLocale("/institutions", "pt")).toBe("/pt/institutions");
    expect(urlInLocale(null, "ru")).toBe("/ru");
  });
});
