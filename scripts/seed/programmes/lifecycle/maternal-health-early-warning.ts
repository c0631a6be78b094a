import { md } from "../script";
import type { LifecycleStory } from "./script";
import { LIFECYCLE_DATES as dates } from "./dates";

export const maternalHealthEarlyWarning: LifecycleStory = {
  lead: "nairobi",
  author: "owner",
  content: {
    title: "Maternal-health early-warning pilot with AI triage in East Africa",
    summary:
      "The University of Nairobi pilots an AI triage model that flags high-risk pregnancies from routine antenatal records in Kenya, Tanzania and Uganda, with partner universities validating it on their own records.",
    description: md(`
      ## Aim

      Detect high-risk pregnancies weeks earlier from the routine antenatal records that clinics
      already keep, so that midwives can refer mothers in time.

      ## Pilot

      - A triage model trained on de-identified antenatal records from twelve Kenyan clinics.
      - Validation by partner institutions on their own records, under a data-sharing agreement.
      - A clinician dashboard in English and Kiswahili.
    `),
    workingArea: "application",
    format: "pilot",
    sectors: ["health"],
    mechanismCode: "FOCAC",
    coLeadInstitutionIds: [],
    hubCountry: "KE",
    spilloverCountries: ["TZ", "UG"],
    ...dates,
    budgetAmount: 420_000,
    budgetCurrency: "USD",
    fundingSources: [
      { name: "University of Nairobi", side: "lead", amount: 120_000 },
      { name: "Partner universities", side: "partners", amount: 100_000 },
      { name: "Global health innovation fund", side: "external", amount: 200_000 },
    ],
    capacity: 3,
    languages: ["en", "sw"],
    outcomes: [
      { metric: "models_delivered", target: 1, description: "Validated triage model" },
      { metric: "people_trained", target: 60, description: "Midwives and clinicians trained" },
    ],
    involvesDataSharing: true,
  },
  panel: { reviewers: ["reviewer2", "reviewer3"], chair: "reviewer5" },
  letter: "Dear colleagues, the panel approves the pilot. Please put the data-sharing agreement in place before it starts.",
  publish: true,
  flagship: true,
  applications: [
    {
      institution: "tsinghua",
      by: "owner.tsinghua",
      motivation: "Our medical AI group validates clinical models across populations and can host the external validation.",
      contactName: "Li Wei",
      outcome: "accepted",
    },
    {
      institution: "ucad",
      by: "owner.ucad",
      motivation: "Dakar's teaching hospitals would like to test the triage model on West African antenatal records.",
      contactName: "Mamadou Sow",
      outcome: "pending",
    },
    {
      institution: "company",
      by: "owner.company",
      motivation: "We build speech interfaces and could add a voice front-end for community midwives.",
      contactName: "Chinedu Okafor",
      outcome: "declined",
      reason: "The places go to institutions able to validate the model on clinical records.",
    },
  ],
  then: [],
  finalStatus: "open",
};
