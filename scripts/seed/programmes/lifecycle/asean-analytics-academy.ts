import { md } from "../script";
import type { LifecycleStory } from "./script";
import { LIFECYCLE_DATES as dates } from "./dates";

export const aseanAnalyticsAcademy: LifecycleStory = {
  lead: "komdigi",
  author: "owner.komdigi",
  content: {
    title: "ASEAN public-service analytics academy",
    summary:
      "Indonesia's digital ministry trains civil servants from ASEAN countries to use data analytics and AI responsibly in public services, with partner institutions teaching modules.",
    description: md(`
      ## Academy

      Six-week cohorts of civil servants, blended online and in Jakarta.

      ## Modules

      Data literacy, procurement of AI systems, algorithmic impact assessment.
    `),
    workingArea: "capacity_building",
    format: "training",
    sectors: ["public_admin", "ai_skills"],
    mechanismCode: "CN_ASEAN",
    coLeadInstitutionIds: [],
    hubCountry: "ID",
    spilloverCountries: ["PH", "VN", "KH"],
    ...dates,
    budgetAmount: 350_000,
    budgetCurrency: "USD",
    fundingSources: [
      { name: "Ministry of Communication and Digital Affairs", side: "lead", amount: 250_000 },
      { name: "Partner governments", side: "partners", amount: 100_000 },
    ],
    capacity: 6,
    languages: ["en", "id"],
    outcomes: [{ metric: "people_trained", target: 240, description: "Civil servants trained" }],
    involvesDataSharing: false,
  },
  panel: { reviewers: ["reviewer2", "reviewer3"], chair: "reviewer4" },
  letter: "Dear colleagues, the panel approves the academy.",
  publish: true,
  flagship: true,
  applications: [
    {
      institution: "ngo",
      by: "owner.ngo",
      motivation: "We teach data skills to young people and would teach the data-literacy module.",
      contactName: "Farhana Rahman",
      outcome: "accepted",
    },
    {
      institution: "pacific",
      by: "owner.pacific",
      motivation: "Pacific Island governments need the procurement module; we can adapt it.",
      contactName: "Mere Tuilagi",
      outcome: "accepted",
    },
  ],
  then: [{ kind: "start" }],
  finalStatus: "active",
};
