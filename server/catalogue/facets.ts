// The fixed choices of the catalogue's filters: statuses a visitor may see, M49 regions and
// sub-regions (as spelled in db/reference/countries.csv) and the languages offered in the form.
import { REGIONS, type Region } from "../reference/regions";

/** Programmes the public sees, in the order of their lifecycle. */
export const CATALOGUE_STATUSES = ["open", "active", "completed"] as const;
export type CatalogueStatus = (typeof CATALOGUE_STATUSES)[number];

/** M49 sub-regions per region, exactly as in the countries table; `key` names their translation (reference.subregions.<key>). */
export const SUBREGIONS = [
  { name: "Northern Africa", key: "northernAfrica", region: "Africa" },
  { name: "Sub-Saharan Africa", key: "subSaharanAfrica", region: "Africa" },
  { name: "Latin America and the Caribbean", key: "latinAmericaCaribbean", region: "Americas" },
  { name: "Northern America", key: "northernAmerica", region: "Americas" },
  { name: "Central Asia", key: "centralAsia", region: "Asia" },
  { name: "Eastern Asia", key: "easternAsia", region: "Asia" },
  { name: "South-eastern Asia", key: "southEasternAsia", region: "Asia" },
  { name: "Southern Asia", key: "southernAsia", region: "Asia" },
  { name: "Western Asia", key: "westernAsia", region: "Asia" },
  { name: "Eastern Europe", key: "easternEurope", region: "Europe" },
  { name: "Northern Europe", key: "northernEurope", region: "Europe" },
  { name: "Southern Europe", key: "southernEurope", region: "Europe" },
  { name: "Western Europe", key: "westernEurope", region: "Europe" },
  { name: "Australia and New Zealand", key: "australiaNewZealand", region: "Oceania" },
  { name: "Melanesia", key: "melanesia", region: "Oceania" },
  { name: "Micronesia", key: "micronesia", region: "Oceania" },
  { name: "Polynesia", key: "polynesia", region: "Oceania" },
] as const satisfies readonly { name: string; key: string; region: Region }[];
export type Subregion = (typeof SUBREGIONS)[number]["name"];

export const REGION_FILTERS = [...REGIONS, ...SUBREGIONS.map((s) => s.name)] as [Region | Subregion, ...(Region | Subregion)[]];
export type RegionFilter = (typeof REGION_FILTERS)[number];

export const isRegion = (value: string): value is Region => (REGIONS as readonly string[]).includes(value);

/**
 * Languages offered in the filter form: the interface's seven, then languages of delivery common
 * across the Global South. Any other ISO 639 code still works in the query string.
 */
export const CATALOGUE_LANGUAGES = [
  "en", "fr", "es", "ar", "zh", "ru", "pt",
  "am", "bn", "ha", "hi", "id", "ig", "km", "lo", "ms", "ne", "qu", "si", "sw", "ta", "th", "tr", "ur", "vi", "wo", "yo", "zu",
] as const;
