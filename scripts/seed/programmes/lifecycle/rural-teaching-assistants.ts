import { md } from "../script";
import type { LifecycleStory } from "./script";
import { LIFECYCLE_DATES as dates } from "./dates";

export const ruralTeachingAssistants: LifecycleStory = {
  lead: "tsinghua",
  author: "owner.tsinghua",
  content: {
    title: "AI teaching assistants for rural secondary schools",
    summary:
      "Tsinghua University and partners adapt open AI teaching assistants for mathematics to rural secondary schools in Laos, Cambodia and Myanmar, and train the teachers who use them.",
    description: md(`
      ## Programme

      Teacher training and open teaching-assistant software in local languages.
    `),
    workingArea: "capacity_building",
    format: "training",
    sectors: ["education"],
    mechanismCode: "LMC",
    coLeadInstitutionIds: [],
    hubCountry: "LA",
    spilloverCountries: ["KH", "MM"],
    ...dates,
    budgetAmount: 220_000,
    budgetCurrency: "CNY",
    fundingSources: [{ name: "Tsinghua University", side: "lead", amount: 220_000 }],
    capacity: 8,
    languages: ["zh", "en", "lo"],
    outcomes: [{ metric: "people_trained", target: 300, description: "Teachers trained" }],
    involvesDataSharing: false,
  },
  panel: { reviewers: ["reviewer2", "reviewer3"], chair: "reviewer5" },
  letter: "Dear colleagues, the panel approves the programme. You may publish it when ready.",
  publish: false,
  applications: [],
  then: [],
  finalStatus: "approved",
};
