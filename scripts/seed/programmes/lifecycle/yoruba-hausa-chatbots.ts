import { md } from "../script";
import type { LifecycleStory } from "./script";
import { LIFECYCLE_DATES as dates } from "./dates";

export const yorubaHausaChatbots: LifecycleStory = {
  lead: "company",
  author: "owner.company",
  content: {
    title: "Yoruba and Hausa customer-service chatbots for small businesses",
    summary:
      "Lagos Data Labs planned to build open chatbots in Yoruba and Hausa for small businesses in Nigeria, Benin and Niger, with partner institutions collecting dialogue data.",
    description: md(`
      ## Plan

      Open chatbots for small businesses, trained on dialogues collected with partners.
    `),
    workingArea: "application",
    format: "pilot",
    sectors: ["sme_trade", "language_technology"],
    mechanismCode: "BILATERAL",
    coLeadInstitutionIds: [],
    hubCountry: "NG",
    spilloverCountries: ["BJ", "NE"],
    ...dates,
    budgetAmount: 150_000,
    budgetCurrency: "USD",
    fundingSources: [{ name: "Lagos Data Labs", side: "lead", amount: 150_000 }],
    capacity: 3,
    languages: ["en", "yo", "ha"],
    outcomes: [{ metric: "models_delivered", target: 2, description: "Chatbot models" }],
    involvesDataSharing: false,
  },
  panel: { reviewers: ["reviewer2", "reviewer3"], chair: "reviewer5" },
  letter: "Dear colleagues, the panel approves the pilot.",
  publish: true,
  applications: [
    {
      institution: "nairobi",
      by: "member",
      motivation: "Our NLP group would adapt the chatbots to Kiswahili.",
      contactName: "Otieno Ochieng",
      outcome: "withdrawn",
    },
  ],
  then: [{ kind: "cancel", reason: "The main funder withdrew its contribution; the pilot cannot go ahead this year." }],
  finalStatus: "cancelled",
};
