// Changes requested: three reviews with comments, a decision letter; the proposer has to revise.
import { assign, decide, md, review, submit, type DemoProgramme } from "./script";

const description = md(`
  ## Why a data commons

  Agricultural data in the Andes — soil surveys, weather stations, crop prices, satellite
  imagery — is scattered across ministries, universities and cooperatives, in incompatible
  formats and under unclear terms. AI tools for irrigation, frost warning or crop insurance
  cannot be built on it, and the small producers who generate much of it see little back.

  ## What we propose

  An **Andean Agricultural Data Commons**: a shared catalogue, common standards and a
  federated infrastructure through which institutions in Chile, Peru, Bolivia, Ecuador and
  Colombia publish and reuse agricultural data.

  - A metadata standard based on DCAT-AP and AGROVOC, translated into Spanish and Quechua.
  - Federated nodes: each country keeps its data on its own servers; the commons indexes it.
  - Three reference AI applications built on the commons: frost warning, irrigation
    scheduling and price forecasting for smallholders.
  - A training programme for 90 data stewards from ministries and cooperatives.

  ## Partners

  Universidad de Chile (lead) and Universidade de São Paulo (co-lead, federated
  infrastructure), with ministries of agriculture and producer cooperatives in each country.

  ## Work plan

  - *Months 1–6*: standards, governance charter, node installation in Santiago and Lima.
  - *Months 7–18*: nodes in La Paz, Quito and Bogotá; data stewards' training.
  - *Months 19–30*: reference applications; evaluation; handover.
`);

export const andeanDataCommons: DemoProgramme = {
  lead: "uchile",
  author: "owner.uchile",
  coLeads: ["usp"],
  content: {
    title: "Agricultural data commons for the Andean region",
    summary:
      "Universidad de Chile and Universidade de São Paulo build a federated agricultural data commons with ministries and cooperatives in five Andean countries, with common standards, three reference AI applications and training for 90 data stewards.",
    description,
    workingArea: "data_governance",
    format: "data_infrastructure",
    sectors: ["agriculture", "statistics_data", "climate_environment"],
    mechanismCode: "CN_CELAC",
    hubCountry: "CL",
    spilloverCountries: ["PE", "BO", "EC", "CO"],
    startDate: "2027-04-01",
    endDate: "2029-09-30",
    applicationDeadline: "2027-02-15",
    budgetAmount: 1_800_000,
    budgetCurrency: "USD",
    fundingSources: [
      { name: "Universidad de Chile", side: "lead", amount: 400_000 },
      { name: "Universidade de São Paulo", side: "partners", amount: 250_000 },
      { name: "Ministries of agriculture of Peru, Bolivia, Ecuador and Colombia (in kind)", side: "partners", amount: 350_000 },
      { name: "China–CELAC Forum cooperation fund", side: "external", amount: 800_000 },
    ],
    capacity: 15,
    languages: ["es", "qu", "pt"],
    outcomes: [
      { metric: "people_trained", target: 90, description: "Data stewards from ministries and cooperatives" },
      { metric: "institutions_reached", target: 25, description: "Institutions publishing data through the commons" },
      { metric: "datasets_delivered", target: 40, description: "Datasets catalogued with the common metadata standard" },
      { metric: "models_delivered", target: 3, description: "Reference applications: frost warning, irrigation, prices" },
    ],
    involvesDataSharing: true,
  },
  finalStatus: "changes_requested",
  steps: [
    submit(),
    assign(["reviewer", "reviewer4", "reviewer5"], "reviewer2"),
    review("reviewer", [3, 3, 4, 4, 3, 2], "revise", {
      toProposer:
        "The federated design is the right choice. However, the proposal does not say who decides access to data held by cooperatives, how personal data about producers (plots, prices received) is protected, or how producers benefit. A governance charter should be part of the proposal, not a first deliverable.",
      confidential: "Good idea, immature governance. Revise.",
    }),
    review("reviewer4", [4, 3, 3, 4, 3, 2], "revise", {
      toProposer:
        "Three reference applications in 30 months on top of five national nodes is ambitious. Please prioritise, and explain what happens if a ministry does not join on time.",
      confidential: "The team is strong on infrastructure, weaker on the AI applications.",
    }),
    review("reviewer5", [4, 2, 4, 3, 3, 3], "revise", {
      toProposer:
        "Inclusion of Quechua in the standard is welcome. The budget puts most of the money in Santiago; consider funding node staff in La Paz and Quito directly.",
      confidential: "Feasibility is my main worry: the ministry letters of support are not attached.",
    }),
    decide(
      "request_changes",
      md(`
        Dear colleagues,

        Thank you for a thoughtful proposal. The panel sees great value in an Andean data
        commons but asks you to revise it before a decision:

        1. Include the **data governance charter**: who decides access, how producers' personal
           data is protected, and how producers benefit.
        2. **Prioritise** the reference applications and give a fallback if a country's node is delayed.
        3. Rebalance the budget so that node staff in the partner countries are funded directly.

        Please resubmit when ready; the same panel will review the new revision.
      `),
    ),
  ],
};
