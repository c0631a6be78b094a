// Rejected: low scores on data governance and openness; a letter explains why.
import { assign, decide, md, review, submit, type DemoProgramme } from "./script";

const description = md(`
  ## Summary

  Lagos Data Labs will record 3,000 hours of Yoruba, Igbo and Hausa speech and use it to
  train speech models for government service chatbots in Nigeria, Ghana, Niger and Benin.

  ## Approach

  - Recordings are collected through our mobile app, with participants paid per hour.
  - Models are trained on our own cloud infrastructure and offered to ministries through a
    subscription API.
  - Ministries' staff receive a two-day training on integrating the API.

  ## Why us

  We already serve three commercial clients with Yoruba speech recognition and have a team
  of twelve engineers.
`);

export const nigerianSpeechDatasets: DemoProgramme = {
  lead: "company",
  author: "owner.company",
  content: {
    title: "Speech datasets for Yoruba, Igbo and Hausa public-service chatbots",
    summary:
      "Lagos Data Labs records 3,000 hours of Yoruba, Igbo and Hausa speech and trains speech models that ministries in Nigeria, Ghana, Niger and Benin can use through a subscription API.",
    description,
    workingArea: "application",
    format: "pilot",
    sectors: ["language_technology", "public_admin"],
    mechanismCode: "BRICS",
    hubCountry: "NG",
    spilloverCountries: ["GH", "NE", "BJ"],
    startDate: "2027-02-01",
    endDate: "2028-01-31",
    applicationDeadline: "2027-01-10",
    budgetAmount: 950_000,
    budgetCurrency: "USD",
    fundingSources: [
      { name: "Lagos Data Labs Ltd", side: "lead", amount: 150_000 },
      { name: "Requested from the programme's external funders", side: "external", amount: 800_000 },
    ],
    capacity: 6,
    languages: ["en", "yo", "ig", "ha"],
    outcomes: [
      { metric: "datasets_delivered", target: 3, description: "Speech datasets, one per language" },
      { metric: "models_delivered", target: 3, description: "Speech-recognition models offered through an API" },
      { metric: "people_trained", target: 40, description: "Ministry staff trained to integrate the API" },
    ],
    involvesDataSharing: true,
  },
  finalStatus: "rejected",
  steps: [
    submit(),
    assign(["reviewer", "reviewer3", "reviewer4"], "reviewer5"),
    review("reviewer", [3, 2, 2, 2, 2, 1], "reject", {
      toProposer:
        "The proposal does not explain how speakers consent, whether they can withdraw, or who owns the recordings. Offering the resulting models only through a paid API conflicts with the platform's principle of co-owned, open outcomes.",
      confidential: "Essentially a commercial product development request. Reject.",
    }),
    review("reviewer3", [3, 2, 3, 2, 2, 1], "reject", {
      toProposer:
        "Partner countries appear only as customers; no institution in Ghana, Niger or Benin takes part in the work. Two days of API training is not capacity building.",
      confidential: "No partners, no governance. I do not see a path to approval with this design.",
    }),
    review("reviewer4", [4, 3, 2, 3, 2, 2], "revise", {
      toProposer:
        "The need is real and the team is experienced. A revised proposal with university partners, open licences and a consent protocol could be strong.",
      confidential: "I would give them a chance to revise, but I understand if the chair rejects.",
    }),
    decide(
      "reject",
      md(`
        Dear applicants,

        After careful review, the panel has decided **not to approve** this proposal.

        The panel recognises the need for speech technology in Yoruba, Igbo and Hausa and the
        experience of your team. However, the proposal does not meet the platform's
        requirements on three points:

        - there is no consent, withdrawal or ownership protocol for the recordings;
        - the models would be available only through a paid API, not as shared outcomes;
        - institutions in the spillover countries take no part in the work.

        You are welcome to submit a new proposal that addresses these points, ideally with
        university and public-sector partners in the countries you aim to serve.
      `),
    ),
  ],
};
