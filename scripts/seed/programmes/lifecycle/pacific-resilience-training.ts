import { md } from "../script";
import type { LifecycleStory } from "./script";
import { LIFECYCLE_DATES as dates } from "./dates";

export const pacificResilienceTraining: LifecycleStory = {
  lead: "pacific",
  author: "owner.pacific",
  content: {
    title: "Pacific climate-resilience AI training for island governments",
    summary:
      "The University of the South Pacific trained officials from Fiji, Samoa, Tonga and Vanuatu to use AI tools for cyclone and flood early warning, with partner universities teaching modules.",
    description: md(`
      ## Training

      Four regional workshops on early-warning data, forecasting models and communication.

      ## Partners

      Partner universities taught the forecasting modules.
    `),
    workingArea: "capacity_building",
    format: "training",
    sectors: ["disaster_risk", "climate_environment"],
    mechanismCode: "CN_PIC",
    coLeadInstitutionIds: [],
    hubCountry: "FJ",
    spilloverCountries: ["WS", "TO", "VU"],
    ...dates,
    budgetAmount: 180_000,
    budgetCurrency: "USD",
    fundingSources: [
      { name: "The University of the South Pacific", side: "lead", amount: 80_000 },
      { name: "Regional resilience fund", side: "external", amount: 100_000 },
    ],
    capacity: 4,
    languages: ["en"],
    outcomes: [
      { metric: "people_trained", target: 80, description: "Government officials trained" },
      { metric: "institutions_reached", target: 4, description: "National disaster offices reached" },
    ],
    involvesDataSharing: false,
  },
  panel: { reviewers: ["reviewer2", "reviewer3"], chair: "reviewer5" },
  letter: "Dear colleagues, the panel approves the training programme.",
  publish: true,
  applications: [
    {
      institution: "usp",
      by: "owner.usp",
      motivation: "Our disaster-risk group teaches flood forecasting and would teach that module.",
      contactName: "Beatriz Santos",
      outcome: "accepted",
    },
    {
      institution: "auc",
      by: "owner.auc",
      motivation: "The Commission's disaster-risk unit wants to share the African early-warning experience.",
      contactName: "Selamawit Bekele",
      outcome: "accepted",
    },
  ],
  then: [
    { kind: "start" },
    {
      kind: "complete",
      achieved: [92, 4],
      narrative:
        "All four workshops took place. Ninety-two officials were trained — more than planned, because Tonga sent a second team after Cyclone Lola — and every national disaster office now runs the forecasting tools.",
    },
  ],
  finalStatus: "completed",
};
