// Submitted: waiting in the review desk's queue for a panel.
import { md, submit, type DemoProgramme } from "./script";

const description = md(`
  ## Purpose

  Governments across South-East Asia are introducing AI into tax, social protection, licensing
  and citizen helpdesks, often faster than their civil servants can evaluate, procure and
  oversee these systems. The academy gives public servants the practical skills to do so.

  ## Curriculum

  Three tracks, each combining online modules with a two-week residential session in Jakarta:

  1. **Leaders** (senior officials): AI strategy, risk, procurement and public accountability.
  2. **Practitioners** (analysts, product owners): data quality, evaluation of models,
     human oversight, writing requirements for vendors.
  3. **Engineers** (government IT units): building and operating retrieval-based assistants
     on government infrastructure, security and logging.

  ## Delivery

  - Four cohorts over two years, 60 participants each, nominated by partner ministries.
  - Teaching in English with materials translated into Bahasa Indonesia, Vietnamese, Khmer
    and Lao.
  - Each participant completes a capstone project on a real service in their own ministry.

  ## Alumni network

  Graduates join a regional community of practice that meets twice a year and shares
  procurement templates, evaluation checklists and open-source tools.
`);

export const aseanPublicServicesAcademy: DemoProgramme = {
  lead: "komdigi",
  author: "owner.komdigi",
  content: {
    title: "AI academy for digital public services in South-East Asia",
    summary:
      "Indonesia's Ministry of Communication and Digital Affairs trains 240 civil servants from Indonesia, Viet Nam, Cambodia, Laos and the Philippines to plan, procure, evaluate and oversee AI in public services, with capstone projects in their own ministries.",
    description,
    workingArea: "capacity_building",
    format: "training",
    sectors: ["public_admin", "ai_skills"],
    mechanismCode: "CN_ASEAN",
    hubCountry: "ID",
    spilloverCountries: ["VN", "KH", "LA", "PH"],
    startDate: "2027-05-01",
    endDate: "2029-04-30",
    applicationDeadline: "2027-03-01",
    budgetAmount: 1_450_000,
    budgetCurrency: "USD",
    fundingSources: [
      { name: "Ministry of Communication and Digital Affairs", side: "lead", amount: 600_000 },
      { name: "Partner ministries (travel and staff time)", side: "partners", amount: 250_000 },
      { name: "China–ASEAN cooperation fund", side: "external", amount: 600_000 },
    ],
    capacity: 20,
    languages: ["en", "id", "vi", "km", "lo"],
    outcomes: [
      { metric: "people_trained", target: 240, description: "Civil servants in three tracks" },
      { metric: "institutions_reached", target: 20, description: "Ministries and agencies nominating participants" },
      { metric: "other", target: 60, description: "Capstone projects on real public services" },
    ],
    involvesDataSharing: false,
  },
  finalStatus: "submitted",
  steps: [submit()],
};
