// Approved after one round of changes: revision 1 → changes requested → revision 2 → approved.
import { assign, decide, md, review, revise, submit, type DemoProgramme } from "./script";

const description = md(`
  ## Why this programme

  Floods around Lake Victoria displace tens of thousands of people in most long-rain seasons.
  Rain gauges, river-level sensors and satellite rainfall estimates exist in all four riparian
  countries, but forecasts are produced separately and reach communities late. This pilot
  builds a shared, machine-learning–assisted flood forecasting service with the national
  meteorological and water agencies, and trains the people who will run it.

  ## What we will do

  1. **Data integration.** Harmonise 20 years of gauge, river-level and satellite records
     (CHIRPS, GPM) for the Nzoia, Kagera, Mara and Sio catchments.
  2. **Forecasting models.** Train and validate hybrid hydrological + LSTM models that give
     24–72 hour flood warnings at sub-catchment level.
  3. **Operations.** Run the models daily at the Kenya Meteorological Department with
     mirrors in Dar es Salaam, Entebbe and Kigali.
  4. **Training.** A 10-week course for 60 forecasters, hydrologists and data engineers from
     the four countries, taught jointly with Tsinghua University's Department of Hydraulic
     Engineering.

  ## Partners

  - University of Nairobi (lead): project management, data engineering, training.
  - Tsinghua University (co-lead): hydrological modelling and model validation.
  - National meteorological and water agencies of Kenya, Tanzania, Uganda and Rwanda.

  ## Risks

  - Gaps in historical gauge data → gap-filling with satellite estimates, documented per station.
  - Staff turnover in agencies → train two people per role and publish all runbooks.
`);

const governance = md(`
  ## Data governance

  - A four-country data-sharing agreement, signed before any data moves, names what each
    agency shares, for which purpose and for how long.
  - Raw station data stays with the agency that owns it; only derived, quality-controlled
    series are pooled.
  - Model code and trained weights are released under the Apache 2.0 licence.

  ## Reaching communities

  Warnings are useless if they do not arrive. Revision 2 adds a dissemination strand with the
  Kenya Red Cross and county disaster offices: SMS and community-radio alerts in Kiswahili,
  Dholuo and Luganda, co-designed with 12 riverside communities and tested in two rainy seasons.

  ## After the programme

  From 2029 the service is part of the Kenya Meteorological Department's operational budget;
  the three other agencies have written commitments to keep their mirrors running.
`);

const content = {
  title: "AI for early warning of floods in the Lake Victoria basin",
  summary:
    "A two-year pilot in which the University of Nairobi, Tsinghua University and the meteorological and water agencies of Kenya, Tanzania, Uganda and Rwanda build a shared machine-learning flood forecasting service for the Lake Victoria basin and train the 60 people who will operate it.",
  description,
  workingArea: "application",
  format: "pilot",
  sectors: ["disaster_risk", "weather_climate_services", "water"],
  mechanismCode: "FOCAC",
  hubCountry: "KE",
  spilloverCountries: ["TZ", "UG", "RW"],
  startDate: "2027-03-01",
  endDate: "2029-02-28",
  applicationDeadline: "2027-01-31",
  budgetAmount: 1_250_000,
  budgetCurrency: "USD",
  fundingSources: [
    { name: "University of Nairobi", side: "lead", amount: 250_000 },
    { name: "Tsinghua University", side: "partners", amount: 300_000 },
    { name: "Kenya Meteorological Department (staff time and servers)", side: "partners", amount: 200_000 },
    { name: "FOCAC science and technology partnership grant", side: "external", amount: 500_000 },
  ],
  capacity: 12,
  languages: ["en", "sw"],
  outcomes: [
    { metric: "people_trained", target: 60, description: "Forecasters, hydrologists and data engineers from four countries" },
    { metric: "models_delivered", target: 4, description: "Validated catchment flood-forecasting models in daily operation" },
    { metric: "institutions_reached", target: 8, description: "Meteorological and water agencies of the four riparian countries" },
  ],
  involvesDataSharing: true,
} satisfies DemoProgramme["content"];

export const lakeVictoriaFloods: DemoProgramme = {
  lead: "nairobi",
  author: "owner",
  coLeads: ["tsinghua"],
  content,
  finalStatus: "approved",
  steps: [
    submit(),
    assign(["reviewer", "reviewer2", "reviewer3"], "reviewer5"),
    review("reviewer", [4, 4, 3, 4, 3, 2], "revise", {
      toProposer:
        "A well-argued pilot with strong partners. The proposal does not yet say how station data will be shared across four national agencies, who owns the pooled data or under which licence models are released. Please add a data governance section.",
      confidential: "Technically sound. The data-sharing gap is serious enough that I would not approve this revision.",
    }),
    review("reviewer2", [5, 3, 3, 4, 3, 3], "revise", {
      toProposer:
        "Highly relevant. The plan ends at the forecast: there is no strand on how warnings reach riverside communities, in which languages, or how communities help design them. Consider partnering with the Red Cross or county disaster offices.",
      confidential: "The budget is realistic. I would support approval once last-mile dissemination is addressed.",
    }),
    review("reviewer3", [4, 4, 4, 5, 3, 2], "revise", {
      toProposer:
        "Excellent mutual-benefit design, with Tsinghua contributing modelling and learning from East African operational forecasting. Please explain who runs and pays for the service after 2029.",
      confidential: "Good team. Sustainability and data governance are the two weak points.",
    }),
    decide(
      "request_changes",
      md(`
        Dear colleagues,

        The panel found the programme highly relevant and technically strong, and would like
        to support it. Before a decision to approve, please revise the proposal to address:

        1. **Data governance**: how station data is shared between the four agencies, who owns
           the pooled data, and the licence of code and models.
        2. **Last-mile dissemination**: how warnings reach communities and in which languages.
        3. **Sustainability**: who runs and funds the service after the pilot.

        The reviewers' comments are attached below.
      `),
    ),
    revise({
      description: `${description}\n\n${governance}`,
      budgetAmount: 1_320_000,
      fundingSources: [
        { name: "University of Nairobi", side: "lead", amount: 250_000 },
        { name: "Tsinghua University", side: "partners", amount: 300_000 },
        { name: "Kenya Meteorological Department (staff time and servers)", side: "partners", amount: 200_000 },
        { name: "Kenya Red Cross Society (community volunteers)", side: "partners", amount: 70_000 },
        { name: "FOCAC science and technology partnership grant", side: "external", amount: 500_000 },
      ],
      capacity: 14,
      languages: ["en", "sw", "luo", "lg"],
      outcomes: [
        ...content.outcomes,
        { metric: "other", target: 12, description: "Riverside communities co-designing and receiving alerts" },
      ],
    }),
    submit(),
    review("reviewer", [5, 4, 4, 4, 4, 4], "approve", {
      toProposer: "The new data governance section answers my concerns. The four-country agreement signed before data moves is exactly right.",
      confidential: "Approve.",
    }),
    review("reviewer2", [5, 4, 5, 5, 4, 4], "approve", {
      toProposer: "The dissemination strand with the Red Cross and community radio makes this a complete early-warning chain. Well done.",
      confidential: "Strong revision; approve.",
    }),
    review("reviewer3", [4, 4, 5, 5, 4, 4], "approve", {
      toProposer: "The written commitments from the agencies make the service credible beyond 2029.",
      confidential: "Approve without conditions.",
    }),
    decide(
      "approve",
      md(`
        Dear colleagues,

        We are pleased to tell you that the panel has **approved** "AI for early warning of
        floods in the Lake Victoria basin" (revision 2). The revision answers every point of
        our earlier letter; the reviewers singled out the community dissemination strand and
        the four-country data-sharing agreement.

        The programme will now be prepared for opening. Congratulations to the whole team.
      `),
    ),
  ],
};
