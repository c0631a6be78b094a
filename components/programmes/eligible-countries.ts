/** The countries a programme may name (hub, spillover): Global South ones, as submission checks (server/programmes). */
export function eligibleProgrammeCountries<C extends { g77: boolean }>(countries: readonly C[]): C[] {
  return countries.filter((c) => c.g77);
}
