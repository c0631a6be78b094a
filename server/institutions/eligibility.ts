import type { InstitutionType } from "@/db/schema/institutions";

/**
 * Who may take part: institutions of Global South countries (the G77 + China list in the
 * countries reference). An intergovernmental organisation is exempt whatever its seat.
 */
export function isEligibleCountry(country: { g77: boolean }, type: InstitutionType): boolean {
  return type === "intergovernmental_organisation" || country.g77;
}
