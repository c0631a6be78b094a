import { describe, expect, it } from "vitest";
import { countryChoices, localizedCountryOptions } from "../../components/institutions/country-options";
import { eligibleProgrammeCountries } from "../../components/programmes/eligible-countries";

// Issue #15.5: country pickers listed every country and refused an ineligible one only after submit.
const reference = [
  { code: "GH", name: "Ghana", g77: true },
  { code: "FR", name: "France", g77: false },
  { code: "TG", name: "Togo", g77: true },
];

describe("the countries a form offers", () => {
  it("offers an institution only Global South countries, unless it is an intergovernmental organisation", () => {
    const options = localizedCountryOptions(reference, "en");
    expect(countryChoices(options, "university").map((c) => c.code)).toEqual(["GH", "TG"]);
    expect(countryChoices(options, "").map((c) => c.code)).toEqual(["GH", "TG"]);
    expect(countryChoices(options, "intergovernmental_organisation").map((c) => c.code)).toEqual(["FR", "GH", "TG"]);
  });

  it("keeps an already chosen country listed, so an edit never silently changes it", () => {
    const options = localizedCountryOptions(reference, "en");
    expect(countryChoices(options, "university", "FR").map((c) => c.code)).toEqual(["FR", "GH", "TG"]);
  });

  it("offers a programme only Global South countries as hub or spillover countries", () => {
    expect(eligibleProgrammeCountries(reference).map((c) => c.code)).toEqual(["GH", "TG"]);
  });
});
