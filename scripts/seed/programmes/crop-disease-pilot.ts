// Under review: panel assigned (reviewer@ is an IISc member, so not on it), one review in.
import { assign, md, review, submit, type DemoProgramme } from "./script";

const description = md(`
  ## Problem

  Smallholder farmers in South Asia lose a fifth to a third of their tomato, chilli, rice and
  banana harvests to diseases that are treatable when caught early. Extension officers are
  few — often one for more than a thousand farms — and laboratory diagnosis takes weeks.

  ## Pilot

  The Indian Institute of Science (IISc) will adapt its open crop-disease image models to
  conditions in Bangladesh, Nepal and Sri Lanka and test them with extension services:

  - **On-device diagnosis** on low-cost Android phones, working offline in the field.
  - **Local languages**: advice in Kannada, Hindi, Bangla, Nepali and Sinhala, voiced for
    farmers who prefer not to read.
  - **Human in the loop**: every uncertain diagnosis is routed to an extension officer, and
    their corrections retrain the model each season.

  ## Training

  Two regional workshops (Bengaluru and Kathmandu) train 120 extension officers and 30
  agronomists from partner agricultural universities to collect images, label them and
  evaluate the models.

  ## Evaluation

  Accuracy is measured against laboratory diagnosis on 5,000 field samples per country, and
  farmer outcomes (time to treatment, crop loss) against matched control villages.
`);

export const cropDiseasePilot: DemoProgramme = {
  lead: "iisc",
  author: "owner.iisc",
  content: {
    title: "Crop-disease detection pilot for smallholder farmers in South Asia",
    summary:
      "IISc adapts open, offline crop-disease detection models to farms in Bangladesh, Nepal and Sri Lanka, gives advice in five local languages, and trains 150 extension officers and agronomists to run and improve the models.",
    description,
    workingArea: "application",
    format: "pilot",
    sectors: ["agriculture", "ai_skills"],
    mechanismCode: "UN_RES_78_311",
    hubCountry: "IN",
    spilloverCountries: ["BD", "NP", "LK"],
    startDate: "2027-06-01",
    endDate: "2028-11-30",
    applicationDeadline: "2027-03-15",
    budgetAmount: 680_000,
    budgetCurrency: "USD",
    fundingSources: [
      { name: "Indian Institute of Science", side: "lead", amount: 180_000 },
      { name: "National agricultural research councils of Bangladesh, Nepal and Sri Lanka", side: "partners", amount: 150_000 },
      { name: "UN AI capacity-building trust fund (expected)", side: "external", amount: 350_000 },
    ],
    capacity: 10,
    languages: ["en", "kn", "hi", "bn", "ne", "si"],
    outcomes: [
      { metric: "people_trained", target: 150, description: "Extension officers and agronomists" },
      { metric: "models_delivered", target: 3, description: "Country-adapted offline diagnosis models" },
      { metric: "datasets_delivered", target: 3, description: "Labelled field-image datasets, one per country" },
    ],
    involvesDataSharing: true,
  },
  finalStatus: "under_review",
  steps: [
    submit(),
    assign(["reviewer2", "reviewer3", "reviewer5"], "reviewer4"),
    review("reviewer3", [5, 4, 4, 4, 3, 4], "approve", {
      toProposer:
        "A convincing, field-tested approach with a sound evaluation design. The human-in-the-loop correction is a real strength. Please say more about who maintains the app and the models in each country once the pilot ends.",
      confidential: "Strong proposal. Sustainability is the only open question; I recommend approval.",
    }),
  ],
};
