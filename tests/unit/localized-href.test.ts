import { describe, expect, it } from "vitest";
import { localizedHref } from "@/i18n/localized-href";

describe("localizedHref gives the addresses next-intl's getPathname gives (localePrefix: always)", () => {
  it("prefixes a path with the locale, and the home page without a trailing slash", () => {
    expect(localizedHref("ar", "/programmes")).toBe("/ar/programmes");
    expect(localizedHref("en", "/")).toBe("/en");
    expect(localizedHref("fr", "/programmes/PRG-2026-0001/apply")).toBe("/fr/programmes/PRG-2026-0001/apply");
  });

  it("serializes a query object, repeating array values and leaving out undefined ones", () => {
    expect(localizedHref("en", { pathname: "/programmes", query: { status: "open", page: 2 } })).toBe("/en/programmes?status=open&page=2");
    expect(localizedHref("en", { pathname: "/sign-in", query: { callbackUrl: "/en/programmes/x?y=1" } })).toBe("/en/sign-in?callbackUrl=%2Fen%2Fprogrammes%2Fx%3Fy%3D1");
    expect(localizedHref("en", { pathname: "/programmes", query: { sector: ["a", "b"], q: undefined } })).toBe("/en/programmes?sector=a&sector=b");
    expect(localizedHref("zh", { pathname: "/", query: { a: "1" } })).toBe("/zh?a=1");
    expect(localizedHref("en", { pathname: "/institutions", query: {} })).toBe("/en/institutions");
  });

  it("leaves absolute and protocol-relative addresses alone", () => {
    expect(localizedHref("en", "https://example.org/x")).toBe("https://example.org/x");
    expect(localizedHref("en", "//example.org/x")).toBe("//example.org/x");
  });
});
