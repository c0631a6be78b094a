import { md } from "../script";
import type { LifecycleStory } from "./script";
import { LIFECYCLE_DATES as dates } from "./dates";

export const andeanTransportForecasting: LifecycleStory = {
  lead: "uchile",
  author: "owner.uchile",
  content: {
    title: "Andean public-transport demand forecasting with shared ticketing data",
    summary:
      "Universidad de Chile and partner universities pool anonymised ticketing data from Santiago, Lima and La Paz to forecast public-transport demand and publish open models for city planners.",
    description: md(`
      ## Data

      Anonymised smart-card tap-ins from three metropolitan systems, shared under an agreement.

      ## Models

      Open forecasting models, retrained monthly, with dashboards for planners.
    `),
    workingArea: "application",
    format: "joint_lab",
    sectors: ["transport", "urban"],
    mechanismCode: "CN_CELAC",
    coLeadInstitutionIds: [],
    hubCountry: "CL",
    spilloverCountries: ["PE", "BO"],
    ...dates,
    budgetAmount: 260_000,
    budgetCurrency: "USD",
    fundingSources: [
      { name: "Universidad de Chile", side: "lead", amount: 160_000 },
      { name: "City transport authorities", side: "partners", amount: 100_000 },
    ],
    capacity: 5,
    languages: ["es"],
    outcomes: [{ metric: "models_delivered", target: 3, description: "City demand models" }],
    involvesDataSharing: true,
  },
  panel: { reviewers: ["reviewer2", "reviewer4"], chair: "reviewer5" },
  letter: "Estimados colegas, the panel approves the joint lab.",
  publish: true,
  applications: [
    {
      institution: "usp",
      by: "owner.usp",
      motivation: "São Paulo's transport research centre brings ten years of smart-card analysis.",
      contactName: "Beatriz Santos",
      outcome: "accepted",
    },
    {
      institution: "komdigi",
      by: "owner.komdigi",
      motivation: "Jakarta's ticketing data could extend the models beyond the Andes.",
      contactName: "Dewi Lestari",
      outcome: "withdrawn",
    },
  ],
  then: [],
  finalStatus: "open",
};
