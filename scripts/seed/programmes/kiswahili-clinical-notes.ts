// A draft, still incomplete (no dates, budget or outcomes yet): it cannot be submitted as is.
import { md, type DemoProgramme } from "./script";

export const kiswahiliClinicalNotes: DemoProgramme = {
  lead: "nairobi",
  author: "member",
  content: {
    title: "Kiswahili clinical-notes summarisation for county hospitals",
    summary:
      "A pilot with county hospitals in Kenya and Tanzania to summarise handwritten and typed clinical notes in Kiswahili and English for handover between shifts.",
    description: md(`
      ## Idea (draft)

      Nurses in county hospitals write handover notes in a mix of Kiswahili and English.
      We want to test whether a small language model running on hospital servers can
      produce reliable shift summaries.

      ## To do before submitting

      - Confirm partner hospitals in Tanzania.
      - Budget and funding sources.
      - Ethics approval plan and outcome targets.
    `),
    workingArea: "application",
    format: "pilot",
    sectors: ["health", "language_technology"],
    hubCountry: "KE",
    spilloverCountries: ["TZ"],
    languages: ["sw", "en"],
    involvesDataSharing: true,
  },
  finalStatus: "draft",
  steps: [],
};
