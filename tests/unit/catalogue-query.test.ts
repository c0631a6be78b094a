import { describe, expect, it } from "vitest";
import { catalogueQuery, hasFilters, parseCatalogueQuery } from "../../components/catalogue/catalogue-query";

describe("the catalogue's query string", () => {
  it("reads every filter from the address", () => {
    const filters = parseCatalogueQuery({
      q: "flood  ",
      area: "application",
      format: "pilot",
      sector: "agriculture",
      mechanism: "FOCAC",
      region: "Sub-Saharan Africa",
      country: "ke",
      status: "open",
      language: "sw",
      flagship: "1",
      page: "3",
    });
    expect(filters).toEqual({
      q: "flood",
      area: "application",
      format: "pilot",
      sector: "agriculture",
      mechanism: "FOCAC",
      region: "Sub-Saharan Africa",
      country: "KE",
      status: "open",
      language: "sw",
      flagship: true,
      page: 3,
    });
  });

  it("gives back the same address for the same filters (a shared link is stable)", () => {
    const query = { q: "flood", region: "Sub-Saharan Africa", status: "open", flagship: "1", page: "2" };
    expect(catalogueQuery(parseCatalogueQuery(query))).toEqual(query);
  });

  it("drops malformed or unknown values instead of failing", () => {
    const filters = parseCatalogueQuery({ status: "draft", region: "Atlantis", area: "x", country: "Kenya", page: "-4", flagship: "maybe", language: "english" });
    expect(filters).toEqual({ page: 1 });
    expect(hasFilters(filters)).toBe(false);
  });

  it("takes the first of repeated parameters and cuts a very long search", () => {
    const filters = parseCatalogueQuery({ sector: ["health", "water"], q: "x".repeat(300) });
    expect(filters.sector).toBe("health");
    expect(filters.q).toHaveLength(100);
  });

  it("leaves page 1 and unset filters out of links", () => {
    expect(catalogueQuery(parseCatalogueQuery({ sector: "health" }), 1)).toEqual({ sector: "health" });
    expect(catalogueQuery(parseCatalogueQuery({}), 2)).toEqual({ page: "2" });
  });
});
