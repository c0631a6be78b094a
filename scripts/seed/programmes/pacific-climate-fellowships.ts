// Withdrawn by the proposer while waiting for a panel.
import { md, submit, withdraw, type DemoProgramme } from "./script";

const description = md(`
  ## Fellowships

  Twelve one-year fellowships for early-career meteorologists and data scientists from Samoa,
  Tonga, Vanuatu and the Solomon Islands, hosted at The University of the South Pacific in
  Suva. Fellows learn to apply machine learning to seasonal climate outlooks, tropical
  cyclone tracks and sea-level data.

  ## Structure

  - Six months of coursework at the Laucala campus.
  - Six months on a project with the fellow's national meteorological service.
  - Mentoring by USP staff and visiting researchers.

  ## Outputs

  Each fellow delivers an operational tool or dataset for their own service and presents it
  at the Pacific Meteorological Council.
`);

export const pacificClimateFellowships: DemoProgramme = {
  lead: "pacific",
  author: "owner.pacific",
  content: {
    title: "Pacific climate-data fellowships",
    summary:
      "Twelve one-year fellowships at The University of the South Pacific for early-career meteorologists and data scientists from four Pacific Island countries, applying machine learning to climate services.",
    description,
    workingArea: "capacity_building",
    format: "scholarship",
    sectors: ["weather_climate_services", "climate_environment", "ai_skills"],
    mechanismCode: "CN_PIC",
    hubCountry: "FJ",
    spilloverCountries: ["WS", "TO", "VU", "SB"],
    startDate: "2027-08-01",
    endDate: "2028-07-31",
    applicationDeadline: "2027-05-31",
    budgetAmount: 540_000,
    budgetCurrency: "USD",
    fundingSources: [
      { name: "The University of the South Pacific", side: "lead", amount: 140_000 },
      { name: "China–Pacific Island Countries cooperation fund", side: "external", amount: 400_000 },
    ],
    capacity: 4,
    languages: ["en"],
    outcomes: [
      { metric: "people_trained", target: 12, description: "Fellows completing the year" },
      { metric: "datasets_delivered", target: 12, description: "One operational tool or dataset per fellow" },
    ],
    involvesDataSharing: false,
  },
  finalStatus: "withdrawn",
  // Withdrawn to merge the fellowships into a larger regional climate-services proposal.
  steps: [submit(), withdraw()],
};
