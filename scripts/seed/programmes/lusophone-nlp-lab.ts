// Under review at revision 2: changes were requested, the proposer revised and resubmitted,
// and the first review of the new revision is in.
import { assign, decide, md, review, revise, submit, type DemoProgramme } from "./script";

const description = md(`
  ## Context

  More than 250 million people speak Portuguese, yet language technology for African and
  Brazilian varieties lags far behind European Portuguese, and almost nothing exists for the
  creoles and national languages spoken alongside it. Public services in Angola, Mozambique,
  Cabo Verde, Guinea-Bissau and São Tomé and Príncipe increasingly use chat and voice channels
  that do not understand their users.

  ## The joint lab

  A three-year joint laboratory hosted by the Universidade de São Paulo (USP) with research
  groups in Luanda, Maputo and Praia:

  - **Corpora**: speech and text corpora of Angolan, Mozambican and Cabo Verdean Portuguese,
    plus Kabuverdianu, Emakhuwa and Kimbundu, collected with consent and community review.
  - **Models**: open speech-recognition and text models adapted to these varieties.
  - **People**: 24 master's and doctoral researchers co-supervised between USP and African
    universities, with six-month exchanges in both directions.

  ## Activities by year

  | Year | Main activities |
  |------|-----------------|
  | 1 | Corpus design, ethics approvals, first summer school in Maputo |
  | 2 | Data collection, baseline models, exchanges |
  | 3 | Evaluation with public-service partners, open release |
`);

const governanceAndOwnership = md(`
  ## Shared ownership (added in revision 2)

  - The lab has **three co-directors**: USP, Universidade Eduardo Mondlane (Maputo) and
    Universidade Agostinho Neto (Luanda). Decisions on research agenda and budget are taken
    by a board in which the African partners hold the majority.
  - One third of the GPU budget is spent on compute installed in Maputo, not in São Paulo.

  ## Corpus licensing

  Speech recordings are licensed to the communities that gave them (CC BY-NC with a community
  data trust); derived models are released under Apache 2.0. Speakers can withdraw their
  recordings at any time.
`);

const content = {
  title: "Portuguese-language NLP joint lab for Lusophone Africa",
  summary:
    "A joint laboratory of the Universidade de São Paulo and universities in Angola, Mozambique and Cabo Verde that builds open speech and text models for African varieties of Portuguese and national languages, and co-supervises 24 young researchers.",
  description,
  workingArea: "capacity_building",
  format: "joint_lab",
  sectors: ["language_technology", "higher_education"],
  mechanismCode: "UNOSSC",
  hubCountry: "BR",
  spilloverCountries: ["AO", "MZ", "CV", "GW", "ST"],
  startDate: "2027-07-01",
  endDate: "2030-06-30",
  applicationDeadline: "2027-04-30",
  budgetAmount: 2_100_000,
  budgetCurrency: "USD",
  fundingSources: [
    { name: "Universidade de São Paulo", side: "lead", amount: 700_000 },
    { name: "São Paulo Research Foundation (FAPESP)", side: "external", amount: 900_000 },
    { name: "Partner universities in Angola, Mozambique and Cabo Verde (staff and facilities)", side: "partners", amount: 500_000 },
  ],
  capacity: 8,
  languages: ["pt", "en"],
  outcomes: [
    { metric: "people_trained", target: 24, description: "Master's and doctoral researchers co-supervised" },
    { metric: "datasets_delivered", target: 6, description: "Open speech and text corpora" },
    { metric: "models_delivered", target: 4, description: "Open speech-recognition and language models" },
  ],
  involvesDataSharing: true,
} satisfies DemoProgramme["content"];

export const lusophoneNlpLab: DemoProgramme = {
  lead: "usp",
  author: "owner.usp",
  content,
  finalStatus: "under_review",
  steps: [
    submit(),
    assign(["reviewer3", "reviewer4", "reviewer5"], "reviewer2"),
    review("reviewer3", [4, 3, 3, 4, 2, 3], "revise", {
      toProposer:
        "An important and well-motivated lab. As written, the African universities appear mainly as data providers: all co-directors and most compute sit in São Paulo. Please describe how governance is shared.",
      confidential: "I like the project but the ownership model is one-directional.",
    }),
    review("reviewer4", [4, 3, 4, 4, 3, 3], "revise", {
      toProposer:
        "The training plan is strong. The proposal should say under which licence the recordings and the models are published, and whether speakers can withdraw consent.",
      confidential: "Feasible team; licensing needs to be settled before approval.",
    }),
    review("reviewer5", [5, 3, 3, 3, 2, 3], "revise", {
      toProposer:
        "Highly relevant for Lusophone Africa. What happens to the lab when the FAPESP grant ends? A plan for compute and staff in the partner countries would strengthen sustainability.",
      confidential: "Would be a flagship candidate once ownership and sustainability are fixed.",
    }),
    decide(
      "request_changes",
      md(`
        Dear colleagues,

        The panel values the ambition of the joint lab. Please revise the proposal so that:

        - governance and compute are genuinely shared with the African partner universities;
        - the licence of corpora and models, and the consent of speakers, are explained;
        - the lab's future after the main grant is addressed.

        We look forward to the revised proposal.
      `),
    ),
    revise({
      description: `${description}\n\n${governanceAndOwnership}`,
      spilloverCountries: ["AO", "MZ", "CV", "GW", "ST", "TL"],
      fundingSources: [
        { name: "Universidade de São Paulo", side: "lead", amount: 600_000 },
        { name: "São Paulo Research Foundation (FAPESP)", side: "external", amount: 900_000 },
        { name: "Partner universities in Angola, Mozambique and Cabo Verde (staff and facilities)", side: "partners", amount: 600_000 },
      ],
      languages: ["pt", "en", "kea"],
    }),
    submit(),
    review("reviewer5", [5, 4, 4, 5, 4, 4], "approve", {
      toProposer: "The majority of African partners on the board and compute in Maputo fully answer my concern. An exemplary revision.",
      confidential: "Approve; consider it for flagship status.",
    }),
  ],
};
