// Under review with the quorum met: two of three reviews in, waiting for the chair's decision
// (reviewer2@, a listed demo account) and for reviewer@'s review.
import { assign, md, review, submit, type DemoProgramme } from "./script";

const description = md(`
  ## Aim

  Build, with universities in Senegal, Mali, Côte d'Ivoire, Guinea and Burkina Faso, a shared
  French-language curriculum for undergraduate and master's courses in artificial
  intelligence, and train the lecturers who will teach it.

  ## Components

  1. **Curriculum**: eight modules (mathematics for AI, machine learning, deep learning,
     natural language processing, computer vision, data engineering, AI ethics and law,
     capstone project), written jointly by teams from Tsinghua University and
     Université Cheikh Anta Diop de Dakar (UCAD), openly licensed (CC BY-SA).
  2. **Teach the teachers**: 50 lecturers attend two summer schools in Dakar and one
     semester-long residency in Beijing.
  3. **Shared compute**: a GPU teaching cluster at UCAD, open to partner universities
     through remote access.

  ## Languages

  All material is written in French, with English and Chinese versions. Lecturers may add
  examples in Wolof, Bambara and other national languages.

  ## Governance

  A steering committee with one seat per university; UCAD chairs it in the first two years.
`);

export const westAfricaAiCurriculum: DemoProgramme = {
  lead: "tsinghua",
  author: "owner.tsinghua",
  coLeads: ["ucad"],
  content: {
    title: "Joint AI curriculum with West African universities",
    summary:
      "Tsinghua University and Université Cheikh Anta Diop de Dakar write an open, French-language AI curriculum with universities in five West African countries, train 50 lecturers and set up a shared GPU teaching cluster in Dakar.",
    description,
    workingArea: "capacity_building",
    format: "training",
    sectors: ["higher_education", "ai_skills"],
    mechanismCode: "FOCAC",
    hubCountry: "SN",
    spilloverCountries: ["ML", "CI", "GN", "BF"],
    startDate: "2027-09-01",
    endDate: "2030-08-31",
    applicationDeadline: "2027-06-30",
    budgetAmount: 1_600_000,
    budgetCurrency: "USD",
    fundingSources: [
      { name: "Tsinghua University", side: "lead", amount: 700_000 },
      { name: "Université Cheikh Anta Diop de Dakar", side: "partners", amount: 250_000 },
      { name: "Partner universities (lecturers' time)", side: "partners", amount: 150_000 },
      { name: "FOCAC human-resources development programme", side: "external", amount: 500_000 },
    ],
    capacity: 12,
    languages: ["fr", "en", "zh"],
    outcomes: [
      { metric: "people_trained", target: 50, description: "Lecturers trained to teach the curriculum" },
      { metric: "institutions_reached", target: 12, description: "Universities adopting at least four modules" },
      { metric: "other", target: 8, description: "Open course modules published" },
    ],
    involvesDataSharing: false,
  },
  finalStatus: "under_review",
  steps: [
    submit(),
    assign(["reviewer", "reviewer3", "reviewer5"], "reviewer2"),
    review("reviewer3", [5, 4, 4, 5, 4, 4], "approve", {
      toProposer:
        "A well-balanced partnership: UCAD chairs the steering committee and hosts the cluster. The open licence will let the curriculum travel well beyond the five countries.",
      confidential: "One of the best proposals I have read this year. Approve.",
    }),
    review("reviewer5", [4, 4, 3, 4, 4, 4], "approve", {
      toProposer:
        "Strong and feasible. Please make sure women lecturers are well represented among the 50 trained; a target would help.",
      confidential: "Approve. Gender balance is worth a line in the decision letter.",
    }),
  ],
};
