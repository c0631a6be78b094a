/** UN M49 regions as spelled in db/reference/countries.csv. */
export const REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania"] as const;
export type Region = (typeof REGIONS)[number];
