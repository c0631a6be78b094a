import { md } from "../script";
import type { LifecycleStory } from "./script";
import { LIFECYCLE_DATES as dates } from "./dates";

export const southAsianSpeechCorpus: LifecycleStory = {
  lead: "iisc",
  author: "owner.iisc",
  content: {
    title: "South Asian open speech corpus for low-resource languages",
    summary:
      "IISc and partners record, transcribe and share an open speech corpus for Bangla, Nepali and Sinhala, and train open speech-recognition models for public services.",
    description: md(`
      ## Corpus

      Two thousand hours of read and spontaneous speech, consented and transcribed.

      ## Sharing

      Recordings are shared between partners under an agreement before the open release.
    `),
    workingArea: "data_governance",
    format: "data_infrastructure",
    sectors: ["language_technology", "public_admin"],
    mechanismCode: "UN_RES_78_311",
    coLeadInstitutionIds: [],
    hubCountry: "IN",
    spilloverCountries: ["BD", "NP", "LK"],
    ...dates,
    budgetAmount: 500_000,
    budgetCurrency: "USD",
    fundingSources: [
      { name: "Indian Institute of Science", side: "lead", amount: 200_000 },
      { name: "UN AI capacity-building trust fund", side: "external", amount: 300_000 },
    ],
    capacity: 4,
    languages: ["en", "bn", "ne", "si"],
    outcomes: [
      { metric: "datasets_delivered", target: 3, description: "Speech corpora, one per language" },
      { metric: "models_delivered", target: 3, description: "Speech-recognition models" },
    ],
    involvesDataSharing: true,
  },
  panel: { reviewers: ["reviewer2", "reviewer3"], chair: "reviewer5" },
  letter: "Dear colleagues, the panel approves the corpus programme.",
  publish: true,
  applications: [
    {
      institution: "ngo",
      by: "owner.ngo",
      motivation: "Our community health workers can record Bangla speech across twelve districts.",
      contactName: "Farhana Rahman",
      outcome: "accepted",
    },
    {
      institution: "pacific",
      by: "owner.pacific",
      motivation: "We would like to apply the recording protocol to Fijian and Hindi spoken in Fiji.",
      contactName: "Mere Tuilagi",
      outcome: "pending",
    },
    {
      institution: "company",
      by: "owner.company",
      motivation: "Our speech team would contribute training recipes.",
      contactName: "Chinedu Okafor",
      outcome: "left",
      reason: "Our team has moved to a Yoruba project and cannot contribute this year.",
    },
  ],
  then: [],
  finalStatus: "open",
};
