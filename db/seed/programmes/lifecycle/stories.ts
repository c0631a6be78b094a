// The demo programmes after approval, covering every programme state after approval (approved,
// open, active, completed with an outcome report, cancelled), flagships, and applications in
// every participation state (pending, accepted, declined, withdrawn, left). Three OPEN
// programmes share data and have accepted participants (the agreements seed attaches to them);
// the first is an open flagship in Sub-Saharan Africa with few places.
import { md } from "../script";
import type { LifecycleStory } from "./script";

const dates = { startDate: "2027-05-01", endDate: "2028-10-31", applicationDeadline: "2027-03-31" };

export const LIFECYCLE_STORIES: readonly LifecycleStory[] = [
  {
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
  },
  {
    lead: "ucad",
    author: "owner.ucad",
    content: {
      title: "Sahel climate-data fellowships for young researchers",
      summary:
        "UCAD hosts twelve-month fellowships in climate-data science for researchers from Senegal, Mali, Burkina Faso and Niger, with seasonal-forecast projects co-supervised by partner institutions.",
      description: md(`
        ## Fellowships

        Twelve fellows a year learn to build and evaluate seasonal rainfall forecasts from
        satellite and station data, and publish them with national weather services.

        ## Partners

        Partner institutions co-supervise projects and host fellows for three months.
      `),
      workingArea: "capacity_building",
      format: "scholarship",
      sectors: ["weather_climate_services", "agriculture"],
      mechanismCode: "FOCAC",
      coLeadInstitutionIds: [],
      hubCountry: "SN",
      spilloverCountries: ["ML", "BF", "NE"],
      ...dates,
      budgetAmount: 300_000,
      budgetCurrency: "USD",
      fundingSources: [
        { name: "Université Cheikh Anta Diop de Dakar", side: "lead", amount: 100_000 },
        { name: "Regional climate centre", side: "external", amount: 200_000 },
      ],
      capacity: 2,
      languages: ["fr", "en"],
      outcomes: [{ metric: "people_trained", target: 12, description: "Fellows trained" }],
      involvesDataSharing: false,
    },
    panel: { reviewers: ["reviewer2", "reviewer3"], chair: "reviewer4" },
    letter: "Chers collègues, the panel approves the fellowships.",
    publish: true,
    flagship: true,
    applications: [
      {
        institution: "auc",
        by: "owner.auc",
        motivation: "The Commission's climate desk would co-supervise projects linked to the continental early-warning strategy.",
        contactName: "Selamawit Bekele",
        outcome: "accepted",
      },
    ],
    then: [],
    finalStatus: "open",
  },
  {
    lead: "uchile",
    author: "owner.uchile",
    content: {
      title: "Andean public-transport demand forecasting with shared ticketing data",
      summary:
        "Universidad de Chile and partner universities pool anonymised ticketing data from Santiago, Lima and La Paz to forecast public-transport demand and publish open models for city planners.",
      description: md(`
        ## Data

        Anonymised smart-card tap-ins from three metropolitan systems, shared under an agreement.

        ## Models

        Open forecasting models, retrained monthly, with dashboards for planners.
      `),
      workingArea: "application",
      format: "joint_lab",
      sectors: ["transport", "urban"],
      mechanismCode: "CN_CELAC",
      coLeadInstitutionIds: [],
      hubCountry: "CL",
      spilloverCountries: ["PE", "BO"],
      ...dates,
      budgetAmount: 260_000,
      budgetCurrency: "USD",
      fundingSources: [
        { name: "Universidad de Chile", side: "lead", amount: 160_000 },
        { name: "City transport authorities", side: "partners", amount: 100_000 },
      ],
      capacity: 5,
      languages: ["es"],
      outcomes: [{ metric: "models_delivered", target: 3, description: "City demand models" }],
      involvesDataSharing: true,
    },
    panel: { reviewers: ["reviewer2", "reviewer4"], chair: "reviewer5" },
    letter: "Estimados colegas, the panel approves the joint lab.",
    publish: true,
    applications: [
      {
        institution: "usp",
        by: "owner.usp",
        motivation: "São Paulo's transport research centre brings ten years of smart-card analysis.",
        contactName: "Beatriz Santos",
        outcome: "accepted",
      },
      {
        institution: "komdigi",
        by: "owner.komdigi",
        motivation: "Jakarta's ticketing data could extend the models beyond the Andes.",
        contactName: "Dewi Lestari",
        outcome: "withdrawn",
      },
    ],
    then: [],
    finalStatus: "open",
  },
  {
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
  },
  {
    lead: "komdigi",
    author: "owner.komdigi",
    content: {
      title: "ASEAN public-service analytics academy",
      summary:
        "Indonesia's digital ministry trains civil servants from ASEAN countries to use data analytics and AI responsibly in public services, with partner institutions teaching modules.",
      description: md(`
        ## Academy

        Six-week cohorts of civil servants, blended online and in Jakarta.

        ## Modules

        Data literacy, procurement of AI systems, algorithmic impact assessment.
      `),
      workingArea: "capacity_building",
      format: "training",
      sectors: ["public_admin", "ai_skills"],
      mechanismCode: "CN_ASEAN",
      coLeadInstitutionIds: [],
      hubCountry: "ID",
      spilloverCountries: ["PH", "VN", "KH"],
      ...dates,
      budgetAmount: 350_000,
      budgetCurrency: "USD",
      fundingSources: [
        { name: "Ministry of Communication and Digital Affairs", side: "lead", amount: 250_000 },
        { name: "Partner governments", side: "partners", amount: 100_000 },
      ],
      capacity: 6,
      languages: ["en", "id"],
      outcomes: [{ metric: "people_trained", target: 240, description: "Civil servants trained" }],
      involvesDataSharing: false,
    },
    panel: { reviewers: ["reviewer2", "reviewer3"], chair: "reviewer4" },
    letter: "Dear colleagues, the panel approves the academy.",
    publish: true,
    flagship: true,
    applications: [
      {
        institution: "ngo",
        by: "owner.ngo",
        motivation: "We teach data skills to young people and would teach the data-literacy module.",
        contactName: "Farhana Rahman",
        outcome: "accepted",
      },
      {
        institution: "pacific",
        by: "owner.pacific",
        motivation: "Pacific Island governments need the procurement module; we can adapt it.",
        contactName: "Mere Tuilagi",
        outcome: "accepted",
      },
    ],
    then: [{ kind: "start" }],
    finalStatus: "active",
  },
  {
    lead: "pacific",
    author: "owner.pacific",
    content: {
      title: "Pacific climate-resilience AI training for island governments",
      summary:
        "The University of the South Pacific trained officials from Fiji, Samoa, Tonga and Vanuatu to use AI tools for cyclone and flood early warning, with partner universities teaching modules.",
      description: md(`
        ## Training

        Four regional workshops on early-warning data, forecasting models and communication.

        ## Partners

        Partner universities taught the forecasting modules.
      `),
      workingArea: "capacity_building",
      format: "training",
      sectors: ["disaster_risk", "climate_environment"],
      mechanismCode: "CN_PIC",
      coLeadInstitutionIds: [],
      hubCountry: "FJ",
      spilloverCountries: ["WS", "TO", "VU"],
      ...dates,
      budgetAmount: 180_000,
      budgetCurrency: "USD",
      fundingSources: [
        { name: "The University of the South Pacific", side: "lead", amount: 80_000 },
        { name: "Regional resilience fund", side: "external", amount: 100_000 },
      ],
      capacity: 4,
      languages: ["en"],
      outcomes: [
        { metric: "people_trained", target: 80, description: "Government officials trained" },
        { metric: "institutions_reached", target: 4, description: "National disaster offices reached" },
      ],
      involvesDataSharing: false,
    },
    panel: { reviewers: ["reviewer2", "reviewer3"], chair: "reviewer5" },
    letter: "Dear colleagues, the panel approves the training programme.",
    publish: true,
    applications: [
      {
        institution: "usp",
        by: "owner.usp",
        motivation: "Our disaster-risk group teaches flood forecasting and would teach that module.",
        contactName: "Beatriz Santos",
        outcome: "accepted",
      },
      {
        institution: "auc",
        by: "owner.auc",
        motivation: "The Commission's disaster-risk unit wants to share the African early-warning experience.",
        contactName: "Selamawit Bekele",
        outcome: "accepted",
      },
    ],
    then: [
      { kind: "start" },
      {
        kind: "complete",
        achieved: [92, 4],
        narrative:
          "All four workshops took place. Ninety-two officials were trained — more than planned, because Tonga sent a second team after Cyclone Lola — and every national disaster office now runs the forecasting tools.",
      },
    ],
    finalStatus: "completed",
  },
  {
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
  },
  {
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
  },
];
