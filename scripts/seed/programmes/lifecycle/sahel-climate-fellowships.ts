import { md } from "../script";
import type { LifecycleStory } from "./script";
import { LIFECYCLE_DATES as dates } from "./dates";

export const sahelClimateFellowships: LifecycleStory = {
  lead: "ucad",
  author: "owner.ucad",
  content: {
    title: "Sahel climate-data fellowships for young researchers",
    summary:
      "UCAD hosts twelve-month fellowships in climate-data science for researchers from Senegal, Mali, Burkina Faso and Niger, with seasonal-forecast projects co-supervised by partner institutions.",
    description: md(`
      ## Fellowships

      Twelve fellows a year learn to build and evaluate seasonal rainfall forecasts from
      satellite and station data, and publish them with national weather services.

      ## Partners

      Partner institutions co-supervise projects and host fellows for three months.
    `),
    workingArea: "capacity_building",
    format: "scholarship",
    sectors: ["weather_climate_services", "agriculture"],
    mechanismCode: "FOCAC",
    coLeadInstitutionIds: [],
    hubCountry: "SN",
    spilloverCountries: ["ML", "BF", "NE"],
    ...dates,
    budgetAmount: 300_000,
    budgetCurrency: "USD",
    fundingSources: [
      { name: "Université Cheikh Anta Diop de Dakar", side: "lead", amount: 100_000 },
      { name: "Regional climate centre", side: "external", amount: 200_000 },
    ],
    capacity: 2,
    languages: ["fr", "en"],
    outcomes: [{ metric: "people_trained", target: 12, description: "Fellows trained" }],
    involvesDataSharing: false,
  },
  panel: { reviewers: ["reviewer2", "reviewer3"], chair: "reviewer4" },
  letter: "Chers collègues, the panel approves the fellowships.",
  publish: true,
  flagship: true,
  applications: [
    {
      institution: "auc",
      by: "owner.auc",
      motivation: "The Commission's climate desk would co-supervise projects linked to the continental early-warning strategy.",
      contactName: "Selamawit Bekele",
      outcome: "accepted",
    },
  ],
  then: [],
  finalStatus: "open",
};
