// Under review with a recusal: one reviewer declared a conflict after assignment (the admin
// is told and may add a replacement); one review is in.
import { assign, md, recuse, review, submit, type DemoProgramme } from "./script";

const description = md(`
  ## The need

  Bangladesh's community health workers visit millions of households each year, often
  alone and far from a clinic. They must decide quickly whether a child's fever, a pregnant
  woman's headache or an older person's breathlessness needs referral. Paper protocols are
  long and rarely at hand.

  ## The assistant

  A Bangla-language triage assistant on the tablets health workers already carry:

  - asks the questions of the national Integrated Management of Childhood Illness and
    maternal-health protocols, by voice or touch;
  - suggests **refer / treat / follow up**, always showing the protocol rule behind it —
    the health worker decides;
  - works offline and synchronises when a connection is available.

  The assistant is built on a small open language model fine-tuned on the national
  protocols, with every suggestion checked against a rule engine.

  ## Pilot and evaluation

  - 300 health workers in Sylhet and Rangpur divisions for 12 months.
  - Outcomes: correct referrals compared with physician review of 2,000 cases, time per
    visit, and health workers' confidence.
  - A second site with partners in Nepal adapts the assistant to Nepali in year two.

  ## Safeguards

  An ethics committee approval, a clinical safety officer, and a stop rule if the error
  rate on danger signs exceeds 2%.
`);

export const banglaHealthTriage: DemoProgramme = {
  lead: "ngo",
  author: "owner.ngo",
  content: {
    title: "Bangla-language triage assistant for community health workers",
    summary:
      "Bangla Digital Futures Foundation pilots an offline, voice-enabled triage assistant that helps 300 community health workers in Bangladesh apply national protocols, then adapts it to Nepali with partners in Nepal.",
    description,
    workingArea: "application",
    format: "pilot",
    sectors: ["health", "language_technology"],
    mechanismCode: "GOF_AICB",
    hubCountry: "BD",
    spilloverCountries: ["NP"],
    startDate: "2027-04-01",
    endDate: "2028-09-30",
    applicationDeadline: "2027-02-01",
    budgetAmount: 420_000,
    budgetCurrency: "USD",
    fundingSources: [
      { name: "Bangla Digital Futures Foundation", side: "lead", amount: 60_000 },
      { name: "Directorate General of Health Services (tablets and supervision)", side: "partners", amount: 90_000 },
      { name: "Group of Friends for AI capacity-building partner fund", side: "external", amount: 270_000 },
    ],
    capacity: 5,
    languages: ["bn", "ne", "en"],
    outcomes: [
      { metric: "people_trained", target: 300, description: "Community health workers using the assistant" },
      { metric: "models_delivered", target: 2, description: "Bangla and Nepali triage models" },
      { metric: "institutions_reached", target: 4, description: "Health authorities and partner NGOs" },
    ],
    involvesDataSharing: true,
  },
  finalStatus: "under_review",
  steps: [
    submit(),
    assign(["reviewer", "reviewer3", "reviewer4"], "reviewer2"),
    recuse(
      "reviewer4",
      "From 2023 to 2025 I advised the foundation's health programme on its data-protection policy as a paid consultant.",
    ),
    review("reviewer", [5, 4, 5, 3, 3, 4], "approve", {
      toProposer:
        "A careful, safety-minded pilot that keeps health workers in charge. The stop rule and physician review are exemplary. The mutual-benefit case would be stronger if the Nepali partners co-designed the second site rather than adapting a finished product.",
      confidential: "Approve. The budget is modest for what it delivers.",
    }),
  ],
};
